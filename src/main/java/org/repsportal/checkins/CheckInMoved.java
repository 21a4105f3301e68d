package org.repsportal.checkins;

import java.time.Instant;

/** The mentor moved a planned check-in from one time to another; {@code sequence} counts its changes. */
public record CheckInMoved(long checkInId, long mentorId, long menteeId, Instant from, Instant scheduledAt, int sequence) {
}
