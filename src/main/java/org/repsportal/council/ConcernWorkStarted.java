package org.repsportal.council;

/** The Council started working on a concern. */
public record ConcernWorkStarted(Long concernId, long byPersonId) {
}
