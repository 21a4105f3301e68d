package org.repsportal.mentorship;

import java.time.LocalDate;

/** A Council member assigned a mentee to a mentor who was not ready for new mentees, giving a reason. */
public record MentorReadinessOverridden(long mentorId, long menteeId, long councilMemberId, String reason, LocalDate on) {
}
