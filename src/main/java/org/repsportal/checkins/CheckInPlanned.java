package org.repsportal.checkins;

import java.time.Instant;

/** A mentor planned a check-in with a mentee. */
public record CheckInPlanned(long checkInId, long mentorId, long menteeId, Instant scheduledAt) {
}
