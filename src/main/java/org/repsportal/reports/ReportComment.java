package org.repsportal.reports;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "report_comments")
class ReportComment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_comments_seq")
    @SequenceGenerator(name = "report_comments_seq", sequenceName = "report_comments_seq", allocationSize = 50)
    private Long id;

    private long reportId;
    private long authorId;
    private String body;
    private Instant createdAt;

    protected ReportComment() {
    }

    ReportComment(long reportId, long authorId, String body, Instant createdAt) {
        this.reportId = reportId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = createdAt;
    }

    /** The comment, just saved, told to the report's owner; {@code authorName} is how the mail names its author. */
    ReportCommented commented(long ownerId, String authorName) {
        return new ReportCommented(reportId, ownerId, authorId, authorName, body);
    }

    public Long getId() {
        return id;
    }

    public long getReportId() {
        return reportId;
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
