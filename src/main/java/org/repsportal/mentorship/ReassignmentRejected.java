package org.repsportal.mentorship;

/** The Council decided against a change of mentor; the mentee keeps their mentor. */
public record ReassignmentRejected(long reassignmentId, long menteeId, Long fromMentorId, long toMentorId, long councilMemberId) {
}
