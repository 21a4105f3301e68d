package org.repsportal.tasks;

import java.util.EnumSet;
import java.util.Set;

/** OPEN → IN_PROGRESS → WAITING → RESOLVED | CLOSED. */
enum TaskState {
    OPEN, IN_PROGRESS, WAITING, RESOLVED, CLOSED;

    public static final Set<TaskState> OPEN_STATES = EnumSet.of(OPEN, IN_PROGRESS, WAITING);

    public boolean isOpen() {
        return OPEN_STATES.contains(this);
    }
}
