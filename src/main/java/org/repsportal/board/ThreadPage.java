package org.repsportal.board;

import org.repsportal.platform.PageResult;

/** A thread with one page of its replies (oldest first) and whether the reader follows it. */
record ThreadPage(BoardThread thread, String authorName, PageResult<ReplyItem> replies, boolean following,
                         long followers) {
}
