package org.repsportal.dashboard;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * The last and next check-in of each mentee, for the dashboard's columns; provided by the module that
 * holds check-ins. Without one, the columns stay empty.
 */
public interface CheckInDates {

    record Dates(LocalDate last, LocalDate next, boolean overdue) {
    }

    Map<Long, Dates> of(long mentorId, Collection<Long> menteeIds);

    CheckInDates NONE = (mentorId, menteeIds) -> Map.of();
}
