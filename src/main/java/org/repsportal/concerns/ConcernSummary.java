package org.repsportal.concerns;

import java.time.Duration;
import java.time.Instant;

/**
 * A concern as the Council's queue lists it.
 *
 * @param timeToAcknowledge null while the concern is new
 */
record ConcernSummary(long id, ConcernCategory category, ConcernState state, String summary, long reporterId,
                             String reporterName, Long aboutPersonId, String aboutPersonName, Instant raisedAt,
                             Duration timeToAcknowledge) {

    /** How long it has waited for acknowledgement by the given moment (zero once acknowledged). */
    public Duration waitingFor(Instant now) {
        return timeToAcknowledge != null ? Duration.ZERO : Duration.between(raisedAt, now).abs();
    }
}
