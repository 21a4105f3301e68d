package org.repsportal.leaders;

/** A mentor nominated a mentee as an emerging leader (the nominee is not told by this). */
public record EmergingLeaderNominated(long nominationId, long nomineeId, long nominatedBy) {
}
