package org.repsportal.concerns;

/** A concern reached the Council. It carries no content: concerns are confidential. */
public record ConcernRaised(long concernId, ConcernCategory category) {
}
