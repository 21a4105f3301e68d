package org.repsportal.concerns;

import java.time.Duration;

/** A Council member acknowledged a concern; {@code timeToAcknowledge} is the Council's response time. */
public record ConcernAcknowledged(Long concernId, long byPersonId, Duration timeToAcknowledge) {
}
