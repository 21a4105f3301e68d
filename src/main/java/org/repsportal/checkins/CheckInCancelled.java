package org.repsportal.checkins;

import java.time.Instant;

/** The mentor cancelled a planned check-in; {@code sequence} counts its changes, the cancellation included. */
public record CheckInCancelled(long checkInId, long mentorId, long menteeId, Instant scheduledAt, int sequence) {
}
