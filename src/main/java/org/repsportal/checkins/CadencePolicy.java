package org.repsportal.checkins;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When the next check-in of a mentorship is due: the first within two weeks of the assignment, then one
 * cadence after the last one held. Overdue once the due day has passed; each further cadence is one more
 * missed, counted from the later of the due day and the first due day after check-ins began being tracked (so a
 * mentorship from years before the portal counts its missed cadences from then, not from its start).
 */
final class CadencePolicy {

    private CadencePolicy() {
    }

    static LocalDate dueOn(LocalDate assignedOn, LocalDate lastHeldOn, int cadenceDays, int firstWithinDays) {
        if (lastHeldOn == null || lastHeldOn.isBefore(assignedOn)) {
            return assignedOn.plusDays(firstWithinDays);
        }
        return lastHeldOn.plusDays(cadenceDays);
    }

    static boolean overdue(LocalDate dueOn, LocalDate today) {
        return today.isAfter(dueOn);
    }

    /**
     * How many cadences have passed without a check-in, counting from {@code trackedSince} plus the first
     * check-in's grace at the earliest (when it is known): 0 while not overdue.
     */
    static int missedCadences(LocalDate dueOn, LocalDate trackedSince, LocalDate today, int cadenceDays, int firstWithinDays) {
        LocalDate countFrom = dueOn;
        if (trackedSince != null && trackedSince.plusDays(firstWithinDays).isAfter(dueOn)) {
            countFrom = trackedSince.plusDays(firstWithinDays);
        }
        return missedCadences(countFrom, today, cadenceDays);
    }

    /** How many cadences have passed without a check-in: 0 while not overdue. */
    static int missedCadences(LocalDate dueOn, LocalDate today, int cadenceDays) {
        if (!overdue(dueOn, today)) {
            return 0;
        }
        long late = ChronoUnit.DAYS.between(dueOn, today);
        return 1 + (int) ((late - 1) / cadenceDays);
    }
}
