package org.repsportal.orientation;

/** A Rep was nominated as mentor; a self-nomination waits for their mentor's endorsement. */
public record MentorNominated(long orientationId, long personId, MentorNominationKind kind, long nominatedBy) {
}
