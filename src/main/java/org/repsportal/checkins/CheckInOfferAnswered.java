package org.repsportal.checkins;

import java.time.Instant;

/**
 * The new mentor of a mentee answered the offer of a check-in their former mentor had planned: taken over (it is
 * now theirs) or not (let go, or nobody answered before its time: it is cancelled).
 */
public record CheckInOfferAnswered(long checkInId, long menteeId, long formerMentorId, long newMentorId, boolean takenOver,
                                   Instant scheduledAt, String timeZone) {
}
