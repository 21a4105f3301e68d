package org.repsportal.board;

import java.time.Instant;

/** A thread as the board lists it. */
record ThreadSummary(long id, String title, long authorId, String authorName, Instant createdAt,
                            Instant lastActivityAt, int replyCount, boolean following) {
}
