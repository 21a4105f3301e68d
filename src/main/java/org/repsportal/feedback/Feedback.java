package org.repsportal.feedback;

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
 * Feedback sent to a functional area ({@link #areaCode}) or to the leadership (no area). A mentor may send it on a
 * mentee's behalf: the mentee is kept, and shown to the contacts only when the mentee wants to be named.
 * RECEIVED → ACKNOWLEDGED → CLOSED (with the answer); each transition refuses any other state.
 */
@Entity
@Table(name = "feedback")
class Feedback {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_seq")
    @SequenceGenerator(name = "feedback_seq", sequenceName = "feedback_seq", allocationSize = 50)
    private Long id;

    private long senderId;
    private Long menteeId;
    private boolean menteeNamed;
    private String areaCode;
    private String subject;
    private String body;

    @Enumerated(EnumType.STRING)
    private FeedbackState state = FeedbackState.RECEIVED;

    private Instant receivedAt;
    private Instant acknowledgedAt;
    private Long acknowledgedBy;
    private Instant closedAt;
    private Long closedBy;
    private String answer;

    @Version
    private long version;

    protected Feedback() {
    }

    Feedback(long senderId, Long menteeId, boolean menteeNamed, String areaCode, String subject, String body, Instant receivedAt) {
        this.senderId = senderId;
        this.menteeId = menteeId;
        this.menteeNamed = menteeId != null && menteeNamed;
        this.areaCode = areaCode;
        this.subject = subject;
        this.body = body;
        this.receivedAt = receivedAt;
    }

    /** The feedback, just saved, reached its contacts. */
    FeedbackReceived received() {
        return new FeedbackReceived(id, senderId);
    }

    /** A contact has read it and will answer. */
    void acknowledge(long contactId, Instant now) {
        if (state != FeedbackState.RECEIVED) {
            throw new IllegalTransitionException("feedback.transition.acknowledge");
        }
        state = FeedbackState.ACKNOWLEDGED;
        acknowledgedAt = now;
        acknowledgedBy = contactId;
    }

    /** A contact answers the acknowledged feedback, which closes it. */
    FeedbackClosed close(long contactId, String answer, Instant now) {
        if (state != FeedbackState.ACKNOWLEDGED) {
            throw new IllegalTransitionException(state == FeedbackState.CLOSED ? "feedback.transition.closed"
                    : "feedback.transition.acknowledgeFirst");
        }
        state = FeedbackState.CLOSED;
        this.answer = answer;
        closedAt = now;
        closedBy = contactId;
        return new FeedbackClosed(id, contactId);
    }

    boolean forLeadership() {
        return areaCode == null;
    }

    /** Whether the sender forwarded it for a mentee. */
    boolean forwarded() {
        return menteeId != null;
    }

    /** The mentee the contacts may see: the one forwarded for, only when they want to be named. */
    Long menteeShownToContacts() {
        return menteeNamed ? menteeId : null;
    }

    public Long getId() {
        return id;
    }

    public long getSenderId() {
        return senderId;
    }

    public Long getMenteeId() {
        return menteeId;
    }

    public boolean isMenteeNamed() {
        return menteeNamed;
    }

    public String getAreaCode() {
        return areaCode;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public FeedbackState getState() {
        return state;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public Long getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Long getClosedBy() {
        return closedBy;
    }

    public String getAnswer() {
        return answer;
    }
}
