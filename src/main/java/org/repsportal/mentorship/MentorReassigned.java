package org.repsportal.mentorship;

import java.time.LocalDate;

/**
 * A change of mentor took effect, by agreement of all three or by the Council's decision
 * ({@code councilMemberId} then names who decided).
 */
public record MentorReassigned(long reassignmentId, long menteeId, Long fromMentorId, long toMentorId,
                               Long councilMemberId, LocalDate on) {
}
