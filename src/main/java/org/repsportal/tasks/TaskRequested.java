package org.repsportal.tasks;

import java.time.LocalDate;
import java.util.Set;

/**
 * Published by any module that needs work done. {@code sourceRef} names the work (e.g.
 * {@code report:42:verify}) so that a task is opened once and closed by {@link TaskWorkDone}. The title is either
 * a {@link TaskTitle} (a message key and its arguments: each person reads it in their language) or, for titles
 * nobody translates, the text itself.
 */
public record TaskRequested(TaskType type, String title, TaskTitle keyedTitle, Long subjectPersonId, long assigneeId,
                            TaskPriority priority, LocalDate dueOn, String sourceRef, Set<Long> watcherIds) {

    public TaskRequested {
        if (title == null && keyedTitle == null) {
            throw new IllegalArgumentException("A task needs a title");
        }
        watcherIds = watcherIds == null ? Set.of() : Set.copyOf(watcherIds);
    }

    /** A task whose title is read in each person's language. */
    public TaskRequested(TaskType type, TaskTitle title, Long subjectPersonId, long assigneeId, TaskPriority priority,
                         LocalDate dueOn, String sourceRef, Set<Long> watcherIds) {
        this(type, null, title, subjectPersonId, assigneeId, priority, dueOn, sourceRef, watcherIds);
    }

    /** A task whose title stays as written. */
    public TaskRequested(TaskType type, String title, Long subjectPersonId, long assigneeId, TaskPriority priority,
                         LocalDate dueOn, String sourceRef, Set<Long> watcherIds) {
        this(type, title, null, subjectPersonId, assigneeId, priority, dueOn, sourceRef, watcherIds);
    }
}
