package org.repsportal.checkins;

import java.time.LocalDate;

/** A check-in took place and its notes are written. */
record CheckInHeld(long checkInId, long mentorId, long menteeId, LocalDate heldOn) {
}
