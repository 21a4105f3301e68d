package org.repsportal.library;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The text of a page as it was at one version; versions are never changed, only added. */
@Entity
@Table(name = "sop_page_versions")
class SopPageVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sop_page_versions_seq")
    @SequenceGenerator(name = "sop_page_versions_seq", sequenceName = "sop_page_versions_seq", allocationSize = 50)
    private Long id;

    private long pageId;
    private int number;
    private String body;
    private String changeNote;
    private Long authorId;
    private Long suggestionId;
    private Instant createdAt;

    protected SopPageVersion() {
    }

    SopPageVersion(long pageId, int number, String body, String changeNote, Long authorId, Long suggestionId, Instant createdAt) {
        this.pageId = pageId;
        this.number = number;
        this.body = body;
        this.changeNote = changeNote;
        this.authorId = authorId;
        this.suggestionId = suggestionId;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getPageId() {
        return pageId;
    }

    public int getNumber() {
        return number;
    }

    public String getBody() {
        return body;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public Long getSuggestionId() {
        return suggestionId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
