package org.repsportal.orientation;

/** The Rep's mentor endorsed their self-nomination; the Council may now decide. */
public record MentorNominationEndorsed(long orientationId, long personId, long mentorId) {
}
