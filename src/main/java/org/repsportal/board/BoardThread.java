package org.repsportal.board;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A question or a story on the mentors' board; replies move it to the top. A reply is an append: it does not
 * change the thread's version, its count and last activity move in one statement
 * ({@link BoardQueries#replied}), so any number of people reply at once without a conflict.
 */
@Entity
@Table(name = "board_threads")
class BoardThread {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "board_threads_seq")
    @SequenceGenerator(name = "board_threads_seq", sequenceName = "board_threads_seq", allocationSize = 50)
    private Long id;

    private long authorId;
    private String title;
    private String body;
    private Instant createdAt;
    private Instant lastActivityAt;
    private int replyCount;

    @Version
    private long version;

    protected BoardThread() {
    }

    BoardThread(long authorId, String title, String body, Instant now) {
        this.authorId = authorId;
        this.title = title;
        this.body = body;
        this.createdAt = now;
        this.lastActivityAt = now;
    }

    BoardReply reply(long replierId, String text, Instant now) {
        return new BoardReply(id, replierId, text, now);
    }

    public Long getId() {
        return id;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public int getReplyCount() {
        return replyCount;
    }

    public long getVersion() {
        return version;
    }
}
