package org.repsportal.leaders;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A nomination as the pipeline lists it.
 *
 * @param lastFollowUpOn null until the first follow-up
 */
record LeaderNominationSummary(long id, long nomineeId, String nomineeName, long nominatedBy, String nominatedByName,
                                LeaderNominationState state, Instant nominatedAt, LocalDate lastFollowUpOn, int followUps,
                                boolean nomineeTold) {
}
