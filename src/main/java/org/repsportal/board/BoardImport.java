package org.repsportal.board;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds past board threads with their replies and their own dates (demo programs, migrations from another tool). Nothing is mailed. */
@Service
@Transactional
public class BoardImport {

    /** A past thread with its replies, oldest first. */
    public record ImportedThread(long authorId, String title, String body, Instant at, List<ImportedReply> replies,
                                 List<Long> followers) {
    }

    public record ImportedReply(long authorId, String body, Instant at) {
    }

    private final BoardRepository threads;
    private final BoardReplyRepository replies;
    private final BoardQueries board;

    BoardImport(BoardRepository threads, BoardReplyRepository replies, BoardQueries board) {
        this.threads = threads;
        this.replies = replies;
        this.board = board;
    }

    public long importThread(ImportedThread imported) {
        BoardThread thread = threads.saveAndFlush(new BoardThread(imported.authorId(), imported.title(), imported.body(),
                imported.at()));
        for (ImportedReply reply : imported.replies()) {
            replies.save(thread.reply(reply.authorId(), reply.body(), reply.at()));
            board.replied(thread.getId(), reply.at());
        }
        board.follow(thread.getId(), imported.authorId());
        imported.followers().forEach(follower -> board.follow(thread.getId(), follower));
        return thread.getId();
    }
}
