package org.repsportal.budgets;

import java.time.Instant;

/** A request from the threshold up was passed on: the Council's discussion opens now, its voting days later. */
record CouncilDiscussionOpened(long requestId, String eventName, long requesterId, Long mentorId, Instant votingStartsAt,
                               Instant voteEndsAt) {
}
