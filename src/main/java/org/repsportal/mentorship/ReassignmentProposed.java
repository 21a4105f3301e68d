package org.repsportal.mentorship;

/** Someone proposed a change of mentor; the mentee, the current and the new mentor are asked to agree. */
public record ReassignmentProposed(long reassignmentId, long menteeId, Long fromMentorId, long toMentorId, long proposedBy) {
}
