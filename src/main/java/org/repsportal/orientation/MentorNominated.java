package org.repsportal.orientation;

/**
 * A Rep was nominated as mentor; a self-nomination waits for the endorsement of their mentor
 * ({@code mentorId}, null for a Rep without one).
 */
public record MentorNominated(long orientationId, long personId, MentorNominationKind kind, long nominatedBy, Long mentorId) {
}
