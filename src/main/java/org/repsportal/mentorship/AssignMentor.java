package org.repsportal.mentorship;

/** A request to give a mentee a (new) mentor. */
public record AssignMentor(long menteeId, long mentorId, AssignmentKind kind, String reason) {
}
