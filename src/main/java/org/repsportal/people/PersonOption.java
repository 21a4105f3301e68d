package org.repsportal.people;

/**
 * A person as a picker offers them: their id (what a form sends), their display name, and the label people read,
 * "Ana García · Peru · Mentor", which no other option of the same list repeats.
 */
public record PersonOption(long id, String displayName, String label) {
}
