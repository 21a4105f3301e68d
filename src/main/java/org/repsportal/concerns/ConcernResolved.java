package org.repsportal.concerns;

/** The Council resolved a concern. The resolution itself stays in the council module. */
public record ConcernResolved(Long concernId, long byPersonId) {
}
