package org.repsportal.people;

/** Enough of a person to name and link them. */
public record PersonSummary(long id, String displayName) {
}
