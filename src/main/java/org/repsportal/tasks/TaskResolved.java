package org.repsportal.tasks;

/** A task was closed, by hand or because its work was done. */
public record TaskResolved(long taskId, TaskType type, String sourceRef, Long byPersonId) {
}
