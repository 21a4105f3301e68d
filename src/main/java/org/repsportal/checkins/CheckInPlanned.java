package org.repsportal.checkins;

import java.time.Instant;

/**
 * A mentor planned a check-in with a mentee; {@code takenOver} when it is one a new mentor took over from the
 * mentee's former mentor (same time, same goals).
 */
public record CheckInPlanned(long checkInId, long mentorId, long menteeId, Instant scheduledAt, boolean takenOver) {

    /** A check-in the mentor planned themselves. */
    public CheckInPlanned(long checkInId, long mentorId, long menteeId, Instant scheduledAt) {
        this(checkInId, mentorId, menteeId, scheduledAt, false);
    }
}
