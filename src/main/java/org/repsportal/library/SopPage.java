package org.repsportal.library;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One procedure of the program. Its text lives in numbered versions; the page names the current one,
 * when it should be reviewed next, and whether a member flagged it as possibly outdated.
 */
@Entity
@Table(name = "sop_pages")
public class SopPage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sop_pages_seq")
    @SequenceGenerator(name = "sop_pages_seq", sequenceName = "sop_pages_seq", allocationSize = 50)
    private Long id;

    private String slug;
    private String title;
    private String summary;
    private int currentVersion;
    private LocalDate reviewBy;
    private boolean flaggedOutdated;
    private String outdatedNote;
    private Long flaggedBy;
    private Instant flaggedAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected SopPage() {
    }

    SopPage(String slug, String title, String summary, LocalDate reviewBy, Instant now) {
        this.slug = slug;
        this.title = title;
        this.summary = summary;
        this.reviewBy = reviewBy;
        this.updatedAt = now;
    }

    /** A new current version: the page counts as reviewed, so the flag goes and the review-by date moves on. */
    int publishNextVersion(LocalDate nextReviewBy, Instant now) {
        currentVersion++;
        markReviewed(nextReviewBy, now);
        return currentVersion;
    }

    void flagOutdated(long by, String note, Instant now) {
        this.flaggedOutdated = true;
        this.outdatedNote = note;
        this.flaggedBy = by;
        this.flaggedAt = now;
    }

    void markReviewed(LocalDate nextReviewBy, Instant now) {
        this.flaggedOutdated = false;
        this.outdatedNote = null;
        this.flaggedBy = null;
        this.flaggedAt = null;
        this.reviewBy = nextReviewBy;
        this.updatedAt = now;
    }

    /** Flagged by a member, or past its review-by date: readers are warned. */
    public boolean mayBeOutdated(LocalDate today) {
        return flaggedOutdated || isPastReviewBy(today);
    }

    public boolean isPastReviewBy(LocalDate today) {
        return reviewBy.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public LocalDate getReviewBy() {
        return reviewBy;
    }

    public boolean isFlaggedOutdated() {
        return flaggedOutdated;
    }

    public String getOutdatedNote() {
        return outdatedNote;
    }

    public Long getFlaggedBy() {
        return flaggedBy;
    }

    public Instant getFlaggedAt() {
        return flaggedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
