package org.repsportal.events;

import java.time.LocalDate;

/** A past event with its recorded outcomes, as evidence for later plans and budgets. */
public record PastEvent(long id, String name, long ownerId, String typeCode, LocalDate endsOn, int expectedAttendance,
                        Integer actualAttendance, int metricsReached, int metrics) {

    public boolean reachedAttendance() {
        return actualAttendance != null && actualAttendance >= expectedAttendance;
    }

    public boolean outcomesRecorded() {
        return actualAttendance != null;
    }
}
