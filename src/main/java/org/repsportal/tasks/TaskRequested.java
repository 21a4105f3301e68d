package org.repsportal.tasks;

import java.time.LocalDate;
import java.util.Set;

/**
 * Published by any module that needs work done. {@code sourceRef} names the work (e.g.
 * {@code report:42:verify}) so that a task is opened once and closed by {@link TaskWorkDone}.
 */
public record TaskRequested(TaskType type, String title, Long subjectPersonId, long assigneeId, TaskPriority priority,
                            LocalDate dueOn, String sourceRef, Set<Long> watcherIds) {

    public TaskRequested {
        watcherIds = watcherIds == null ? Set.of() : Set.copyOf(watcherIds);
    }
}
