package org.repsportal.concerns;

import java.util.EnumSet;
import java.util.Set;

/** NEW → ACKNOWLEDGED → IN_PROGRESS → RESOLVED. */
enum ConcernState {
    NEW, ACKNOWLEDGED, IN_PROGRESS, RESOLVED;

    public static final Set<ConcernState> OPEN_STATES = EnumSet.of(NEW, ACKNOWLEDGED, IN_PROGRESS);

    public boolean isOpen() {
        return this != RESOLVED;
    }
}
