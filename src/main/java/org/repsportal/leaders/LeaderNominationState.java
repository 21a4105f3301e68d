package org.repsportal.leaders;

import java.util.EnumSet;
import java.util.Set;

/** NOMINATED → FOLLOWING_UP → INVITED | NOT_NOW; "not now" may be followed up again later. */
public enum LeaderNominationState {
    NOMINATED, FOLLOWING_UP, INVITED, NOT_NOW;

    public static final Set<LeaderNominationState> OPEN_STATES = EnumSet.of(NOMINATED, FOLLOWING_UP);

    /** The states a follow-up may leave the nomination in, from this one. */
    public Set<LeaderNominationState> next() {
        return switch (this) {
            case NOMINATED, FOLLOWING_UP -> EnumSet.of(FOLLOWING_UP, INVITED, NOT_NOW);
            case NOT_NOW -> EnumSet.of(NOT_NOW, FOLLOWING_UP);
            case INVITED -> EnumSet.of(INVITED);
        };
    }
}
