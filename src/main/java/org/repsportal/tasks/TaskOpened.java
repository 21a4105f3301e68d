package org.repsportal.tasks;

import java.time.LocalDate;

/** A new task waits for its assignee. */
public record TaskOpened(long taskId, TaskType type, String title, long assigneeId, Long subjectPersonId, LocalDate dueOn) {
}
