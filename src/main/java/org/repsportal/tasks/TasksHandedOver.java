package org.repsportal.tasks;

/**
 * The open tasks about a person that one assignee held move to another (a new or returning mentor), each move
 * in the task's history.
 */
public record TasksHandedOver(long subjectPersonId, long fromAssigneeId, long toAssigneeId, String why) {
}
