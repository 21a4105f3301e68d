package org.repsportal.concerns;

/** The Council started working on a concern. */
public record ConcernWorkStarted(Long concernId, long byPersonId) {
}
