package org.repsportal.tasks;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One line of a task's timeline: a comment, or a change of its state, assignee or watchers. */
@Entity
@Table(name = "task_entries")
class TaskEntry {

    public enum Kind { COMMENT, CHANGE }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_entries_seq")
    @SequenceGenerator(name = "task_entries_seq", sequenceName = "task_entries_seq", allocationSize = 50)
    private Long id;

    private long taskId;
    private Long authorId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String body;
    private Instant createdAt;

    protected TaskEntry() {
    }

    TaskEntry(long taskId, Long authorId, Kind kind, String body, Instant createdAt) {
        this.taskId = taskId;
        this.authorId = authorId;
        this.kind = kind;
        this.body = body;
        this.createdAt = createdAt;
    }

    /** The comment, just saved, told to the task's people. */
    TaskCommented commented() {
        return new TaskCommented(taskId, authorId, body);
    }

    public Long getId() {
        return id;
    }

    public long getTaskId() {
        return taskId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
