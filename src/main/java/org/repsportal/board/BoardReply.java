package org.repsportal.board;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An answer in a thread of the mentors' board. */
@Entity
@Table(name = "board_replies")
class BoardReply {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "board_replies_seq")
    @SequenceGenerator(name = "board_replies_seq", sequenceName = "board_replies_seq", allocationSize = 50)
    private Long id;

    private long threadId;
    private long authorId;
    private String body;
    private Instant createdAt;

    protected BoardReply() {
    }

    BoardReply(long threadId, long authorId, String body, Instant createdAt) {
        this.threadId = threadId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getThreadId() {
        return threadId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
