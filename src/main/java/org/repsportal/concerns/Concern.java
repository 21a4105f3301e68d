package org.repsportal.concerns;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.IllegalTransitionException;
import org.repsportal.platform.InvalidInputException;

/**
 * A concern raised to the Council. Confidential: who may read it is decided by
 * {@link ConcernVisibilityPolicy}. Its state moves only forward through the transitions below, each
 * refusing a state it does not start from and answering with the event that happened.
 */
@Entity
@Table(name = "concerns")
class Concern {

    static final int MAX_RESOLUTION = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "concerns_seq")
    @SequenceGenerator(name = "concerns_seq", sequenceName = "concerns_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ConcernCategory category;

    private long reporterId;
    private Long aboutPersonId;
    private Long involvedMentorId;
    private String summary;
    private String details;
    private boolean reportingRouteFollowed;

    @Enumerated(EnumType.STRING)
    private ConcernState state = ConcernState.NEW;

    private Instant raisedAt;
    private Instant acknowledgedAt;
    private Long acknowledgedBy;
    private Instant workStartedAt;
    private Instant resolvedAt;
    private Long resolvedBy;
    private String resolution;

    @Version
    private long version;

    protected Concern() {
    }

    Concern(ConcernCategory category, long reporterId, Long aboutPersonId, Long involvedMentorId, String summary,
            String details, boolean reportingRouteFollowed, Instant raisedAt) {
        this.category = category;
        this.reporterId = reporterId;
        this.aboutPersonId = aboutPersonId;
        this.involvedMentorId = involvedMentorId;
        this.summary = summary;
        this.details = details;
        this.reportingRouteFollowed = reportingRouteFollowed;
        this.raisedAt = raisedAt;
    }

    /** The concern, just saved, reached the Council. */
    ConcernRaised raised() {
        return new ConcernRaised(id, category);
    }

    /** A Council member has seen the concern and tells the reporter so; the response time stops here. */
    ConcernAcknowledged acknowledge(long byPersonId, Instant now) {
        if (state != ConcernState.NEW) {
            throw new IllegalTransitionException(state == ConcernState.RESOLVED
                    ? "council.concern.transition.resolved" : "council.concern.transition.already-acknowledged");
        }
        state = ConcernState.ACKNOWLEDGED;
        acknowledgedAt = now.isBefore(raisedAt) ? raisedAt : now;
        acknowledgedBy = byPersonId;
        return new ConcernAcknowledged(id, byPersonId, Duration.between(raisedAt, acknowledgedAt));
    }

    /** The Council works on it (talks to people, gathers facts, involves the right contacts). */
    void startWork(long byPersonId, Instant now) {
        if (state != ConcernState.ACKNOWLEDGED) {
            throw new IllegalTransitionException(switch (state) {
                case NEW -> "council.concern.transition.acknowledge-first";
                case RESOLVED -> "council.concern.transition.resolved";
                default -> "council.concern.transition.already-in-progress";
            });
        }
        state = ConcernState.IN_PROGRESS;
        workStartedAt = now;
    }

    /** Closes the concern with what was done about it, which the reporter reads. */
    ConcernResolved resolve(long byPersonId, String how, Instant now) {
        if (state != ConcernState.IN_PROGRESS) {
            throw new IllegalTransitionException(state == ConcernState.RESOLVED
                    ? "council.concern.transition.resolved" : "council.concern.transition.start-work-first");
        }
        if (how == null || how.isBlank()) {
            throw new InvalidInputException(List.of(new FieldProblem("resolution", "council.concern.resolution.required")));
        }
        if (how.length() > MAX_RESOLUTION) {
            throw new InvalidInputException(List.of(new FieldProblem("resolution", "council.concern.resolution.long")));
        }
        state = ConcernState.RESOLVED;
        resolvedAt = now;
        resolvedBy = byPersonId;
        resolution = how.strip();
        return new ConcernResolved(id, byPersonId);
    }

    /** How long the Council took to acknowledge it, once it has. */
    public Optional<Duration> timeToAcknowledge() {
        return acknowledgedAt == null ? Optional.empty() : Optional.of(Duration.between(raisedAt, acknowledgedAt));
    }

    /** How long it has waited for acknowledgement so far, while it is new. */
    public Optional<Duration> waitingFor(Instant now) {
        return state == ConcernState.NEW ? Optional.of(Duration.between(raisedAt, now).abs()) : Optional.empty();
    }

    public boolean isAbout(long personId) {
        return aboutPersonId != null && aboutPersonId == personId;
    }

    public Long getId() {
        return id;
    }

    public ConcernCategory getCategory() {
        return category;
    }

    public long getReporterId() {
        return reporterId;
    }

    public Long getAboutPersonId() {
        return aboutPersonId;
    }

    public Long getInvolvedMentorId() {
        return involvedMentorId;
    }

    public String getSummary() {
        return summary;
    }

    public String getDetails() {
        return details;
    }

    public boolean isReportingRouteFollowed() {
        return reportingRouteFollowed;
    }

    public ConcernState getState() {
        return state;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public Long getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant getWorkStartedAt() {
        return workStartedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Long getResolvedBy() {
        return resolvedBy;
    }

    public String getResolution() {
        return resolution;
    }

    public long getVersion() {
        return version;
    }
}
