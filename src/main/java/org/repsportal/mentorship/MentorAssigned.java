package org.repsportal.mentorship;

import java.time.LocalDate;

/** A Rep has a new current mentor; {@code previousMentorId} is null for a first assignment. */
public record MentorAssigned(long menteeId, long mentorId, Long previousMentorId, AssignmentKind kind, LocalDate on) {
}
