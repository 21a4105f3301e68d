package org.repsportal.mentorship;

/** A change of mentor was declined ({@code declinedBy}) or not agreed in time (null): the Council decides. */
record ReassignmentSentToCouncil(long reassignmentId, long menteeId, Long fromMentorId, long toMentorId, Long declinedBy) {
}
