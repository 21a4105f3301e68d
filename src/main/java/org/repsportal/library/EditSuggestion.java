package org.repsportal.library;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.repsportal.platform.IllegalTransitionException;

/**
 * A member's proposed new text for a page, written against one version. The text is kept exactly as
 * typed; it is only ever shown escaped (as a diff) or as sanitized Markdown.
 */
@Entity
@Table(name = "sop_suggestions")
class EditSuggestion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sop_suggestions_seq")
    @SequenceGenerator(name = "sop_suggestions_seq", sequenceName = "sop_suggestions_seq", allocationSize = 50)
    private Long id;

    private long pageId;
    private int baseVersion;
    private String body;
    private String note;
    private long authorId;

    @Enumerated(EnumType.STRING)
    private SuggestionState state = SuggestionState.PENDING;

    private Long decidedBy;
    private Instant decidedAt;
    private String decisionComment;
    private Integer acceptedVersion;
    private Instant createdAt;

    @Version
    private long version;

    protected EditSuggestion() {
    }

    EditSuggestion(long pageId, int baseVersion, String body, String note, long authorId, Instant createdAt) {
        this.pageId = pageId;
        this.baseVersion = baseVersion;
        this.body = body;
        this.note = note;
        this.authorId = authorId;
        this.createdAt = createdAt;
    }

    SuggestionAccepted accept(String slug, long editorId, String comment, int newVersion, Instant now) {
        requirePending();
        this.state = SuggestionState.ACCEPTED;
        this.decidedBy = editorId;
        this.decidedAt = now;
        this.decisionComment = comment;
        this.acceptedVersion = newVersion;
        return new SuggestionAccepted(id, slug, newVersion, authorId, editorId, comment);
    }

    SuggestionRejected reject(String slug, long editorId, String comment, Instant now) {
        requirePending();
        this.state = SuggestionState.REJECTED;
        this.decidedBy = editorId;
        this.decidedAt = now;
        this.decisionComment = comment;
        return new SuggestionRejected(id, slug, authorId, editorId, comment);
    }

    private void requirePending() {
        if (state != SuggestionState.PENDING) {
            throw new IllegalTransitionException("library.suggestion.already-decided");
        }
    }

    public boolean isPending() {
        return state == SuggestionState.PENDING;
    }

    public Long getId() {
        return id;
    }

    public long getPageId() {
        return pageId;
    }

    public int getBaseVersion() {
        return baseVersion;
    }

    public String getBody() {
        return body;
    }

    public String getNote() {
        return note;
    }

    public long getAuthorId() {
        return authorId;
    }

    public SuggestionState getState() {
        return state;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionComment() {
        return decisionComment;
    }

    public Integer getAcceptedVersion() {
        return acceptedVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
