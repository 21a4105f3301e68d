package org.repsportal.budgets;

import java.time.Instant;

/** The discussion days are over: every Council member who may vote is asked to. */
record CouncilVotingOpened(long requestId, String eventName, long requesterId, Long mentorId, Instant voteEndsAt) {
}
