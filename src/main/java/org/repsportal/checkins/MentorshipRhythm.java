package org.repsportal.checkins;

import java.time.LocalDate;

/** Where a mentorship stands with its check-ins. */
record MentorshipRhythm(long menteeId, long mentorId, LocalDate lastHeldOn, LocalDate nextPlannedOn,
                               LocalDate dueOn, boolean overdue, int missedCadences) {
}
