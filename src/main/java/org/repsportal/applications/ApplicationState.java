package org.repsportal.applications;

import java.util.EnumSet;
import java.util.Set;

/** Where an application stands. */
enum ApplicationState {
    UNCONFIRMED, SUBMITTED, SCREENING, INTERVIEW, DECIDED, ONBOARDING, COMPLETED, WITHDRAWN, CLOSED_NO_REPLY;

    /** States in which the applicant may still withdraw (before the decision). */
    static final Set<ApplicationState> BEFORE_DECISION = EnumSet.of(UNCONFIRMED, SUBMITTED, SCREENING, INTERVIEW);

    /**
     * States that are not finished: one such application per address. A decided application that was not accepted
     * is finished (an accepted one goes on to onboarding at once).
     */
    static final Set<ApplicationState> OPEN = EnumSet.of(UNCONFIRMED, SUBMITTED, SCREENING, INTERVIEW, ONBOARDING);

    boolean isOpen() {
        return OPEN.contains(this);
    }
}
