package org.repsportal.applications;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One reviewer's structured interview: a score of 1–4 and a note per criterion, evidence, a recommendation. */
@Entity
@Table(name = "application_scorecards")
class Scorecard {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_scorecards_seq")
    @SequenceGenerator(name = "application_scorecards_seq", sequenceName = "application_scorecards_seq", allocationSize = 50)
    private Long id;

    private long applicationId;
    private long reviewerId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "integer[]")
    private Integer[] scores;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] notes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] evidence;

    @Enumerated(EnumType.STRING)
    private Outcome recommendation;

    private String reason;
    private Instant recordedAt;

    @Version
    private long version;

    protected Scorecard() {
    }

    Scorecard(long applicationId, long reviewerId) {
        this.applicationId = applicationId;
        this.reviewerId = reviewerId;
    }

    void record(InterviewRecord record, Instant now) {
        scores = record.scores().toArray(Integer[]::new);
        notes = record.notes().toArray(String[]::new);
        evidence = record.evidence().toArray(String[]::new);
        recommendation = record.recommendation();
        reason = record.reason();
        recordedAt = now;
    }

    public Long getId() { return id; }
    public long getApplicationId() { return applicationId; }
    public long getReviewerId() { return reviewerId; }
    public List<Integer> getScores() { return Arrays.asList(scores); }
    public List<String> getNotes() { return Arrays.asList(notes); }
    public List<String> getEvidence() { return Arrays.asList(evidence); }
    public Outcome getRecommendation() { return recommendation; }
    public String getReason() { return reason; }
    public Instant getRecordedAt() { return recordedAt; }
}
