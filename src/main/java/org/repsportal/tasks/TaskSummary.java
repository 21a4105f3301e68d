package org.repsportal.tasks;

import java.time.LocalDate;

/** A task as lists show it, with the names of the people involved. */
public record TaskSummary(long id, TaskType type, String title, TaskState state, TaskPriority priority, LocalDate dueOn,
                          Long subjectPersonId, String subjectName, long assigneeId, String assigneeName) {

    public boolean overdueOn(LocalDate today) {
        return state.isOpen() && dueOn != null && dueOn.isBefore(today);
    }
}
