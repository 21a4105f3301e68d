package org.repsportal.mentorship;

/**
 * A request to give a mentee a (new) mentor. {@code readinessOverride} is the Council's reason for
 * assigning a mentor who is not ready for new mentees (e.g. orientation incomplete); null otherwise.
 */
public record AssignMentor(long menteeId, long mentorId, AssignmentKind kind, String reason, String readinessOverride) {

    public AssignMentor(long menteeId, long mentorId, AssignmentKind kind, String reason) {
        this(menteeId, mentorId, kind, reason, null);
    }

    public boolean hasReadinessOverride() {
        return readinessOverride != null && !readinessOverride.isBlank();
    }
}
