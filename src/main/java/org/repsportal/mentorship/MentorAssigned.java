package org.repsportal.mentorship;

import java.time.LocalDate;

/**
 * A Rep has a new current mentor; {@code previousMentorId} is null for a first assignment. {@code reassignmentId}
 * names the agreed or decided change of mentor it comes from (whose {@link MentorReassigned} tells the three people
 * involved), null for an assignment made directly, an interim one or an interim made permanent. {@code welcomed} is
 * true when the path that gave a first mentor has told both itself (an accepted applicant's onboarding mails the mentor
 * and invites the new Rep).
 */
public record MentorAssigned(long menteeId, long mentorId, Long previousMentorId, AssignmentKind kind, LocalDate on,
                             Long reassignmentId, boolean welcomed) {

    /** An assignment made directly, not through a change of mentor. */
    public MentorAssigned(long menteeId, long mentorId, Long previousMentorId, AssignmentKind kind, LocalDate on) {
        this(menteeId, mentorId, previousMentorId, kind, on, null, false);
    }

    /** The assignment an agreed or decided change of mentor makes. */
    public MentorAssigned(long menteeId, long mentorId, Long previousMentorId, AssignmentKind kind, LocalDate on,
                          Long reassignmentId) {
        this(menteeId, mentorId, previousMentorId, kind, on, reassignmentId, false);
    }
}
