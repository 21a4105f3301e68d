package org.repsportal.tasks;

import java.time.LocalDate;

/** A task as lists show it, with the names of the people involved. */
public record TaskSummary(long id, TaskType type, String title, TaskState state, TaskPriority priority, LocalDate dueOn,
                          Long subjectPersonId, String subjectName, long assigneeId, String assigneeName,
                          Long coveringForId, String coveringForName) {

    /** A task nobody covers for someone away. */
    public TaskSummary(long id, TaskType type, String title, TaskState state, TaskPriority priority, LocalDate dueOn,
                       Long subjectPersonId, String subjectName, long assigneeId, String assigneeName) {
        this(id, type, title, state, priority, dueOn, subjectPersonId, subjectName, assigneeId, assigneeName, null, null);
    }

    public boolean overdueOn(LocalDate today) {
        return state.isOpen() && dueOn != null && dueOn.isBefore(today);
    }
}
