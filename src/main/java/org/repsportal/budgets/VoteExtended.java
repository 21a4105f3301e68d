package org.repsportal.budgets;

import java.util.Set;

/** A vote without a majority one day before its end was extended; those who have not voted are reminded. */
record VoteExtended(long requestId, String eventName, Set<Long> voterIds, long requesterId, Long mentorId) {
}
