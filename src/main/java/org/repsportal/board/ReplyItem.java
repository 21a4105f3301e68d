package org.repsportal.board;

import java.time.Instant;

/** A reply with its author's name. */
record ReplyItem(long id, long authorId, String authorName, String body, Instant createdAt) {
}
