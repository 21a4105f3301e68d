package org.repsportal.mentorship;

import java.time.Instant;
import java.time.LocalDate;

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
 * A change of mentor by agreement: proposed by the mentee, either mentor or the Council; the mentee, the
 * current and the new mentor each agree; when all three have, it takes effect. A decline or the end of the
 * waiting time sends it to the Council, which approves or rejects it.
 */
@Entity
@Table(name = "reassignments")
class Reassignment {

    enum State {
        PROPOSED, WITH_COUNCIL, TAKEN_EFFECT, REJECTED;

        boolean isOpen() {
            return this == PROPOSED || this == WITH_COUNCIL;
        }
    }

    /** Who must agree. */
    enum Party {
        MENTEE, CURRENT_MENTOR, NEW_MENTOR
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reassignments_seq")
    @SequenceGenerator(name = "reassignments_seq", sequenceName = "reassignments_seq", allocationSize = 50)
    private Long id;

    private long menteeId;
    private Long fromMentorId;
    private long toMentorId;
    private long proposedBy;
    private Instant proposedAt;
    private String reason;

    @Enumerated(EnumType.STRING)
    private State state = State.PROPOSED;

    private Instant menteeAgreedAt;
    private Instant fromAgreedAt;
    private Instant toAgreedAt;
    private Long declinedBy;
    private String declineReason;
    private Instant councilSince;
    private Long decidedBy;
    private Instant decidedAt;
    private String handoverNote;
    private String menteeToken;
    private String fromToken;
    private String toToken;

    @Version
    private long version;

    protected Reassignment() {
    }

    Reassignment(long menteeId, Long fromMentorId, long toMentorId, long proposedBy, String reason, Instant now,
                 String menteeToken, String fromToken, String toToken) {
        this.menteeId = menteeId;
        this.fromMentorId = fromMentorId;
        this.toMentorId = toMentorId;
        this.proposedBy = proposedBy;
        this.reason = reason;
        this.proposedAt = now;
        this.menteeToken = menteeToken;
        this.fromToken = fromMentorId == null ? null : fromToken;
        this.toToken = toToken;
    }

    /** The party the person is in this reassignment, or null if they are none of the three. */
    Party partyOf(long personId) {
        if (personId == menteeId) {
            return Party.MENTEE;
        }
        if (fromMentorId != null && personId == fromMentorId) {
            return Party.CURRENT_MENTOR;
        }
        if (personId == toMentorId) {
            return Party.NEW_MENTOR;
        }
        return null;
    }

    Party partyOfToken(String token) {
        if (token == null) {
            return null;
        }
        if (token.equals(menteeToken)) {
            return Party.MENTEE;
        }
        if (token.equals(fromToken)) {
            return Party.CURRENT_MENTOR;
        }
        return token.equals(toToken) ? Party.NEW_MENTOR : null;
    }

    long personOf(Party party) {
        return switch (party) {
            case MENTEE -> menteeId;
            case CURRENT_MENTOR -> fromMentorId;
            case NEW_MENTOR -> toMentorId;
        };
    }

    boolean hasAgreed(Party party) {
        return switch (party) {
            case MENTEE -> menteeAgreedAt != null;
            case CURRENT_MENTOR -> fromMentorId == null || fromAgreedAt != null;
            case NEW_MENTOR -> toAgreedAt != null;
        };
    }

    /** One party agrees; returns whether, with that, all three have and the change takes effect. */
    boolean agree(Party party, Instant now) {
        requireState(State.PROPOSED);
        switch (party) {
            case MENTEE -> menteeAgreedAt = now;
            case CURRENT_MENTOR -> fromAgreedAt = now;
            case NEW_MENTOR -> toAgreedAt = now;
        }
        if (hasAgreed(Party.MENTEE) && hasAgreed(Party.CURRENT_MENTOR) && hasAgreed(Party.NEW_MENTOR)) {
            state = State.TAKEN_EFFECT;
            decidedAt = now;
            return true;
        }
        return false;
    }

    /** The reassignment, just saved, proposed to the three people it concerns. */
    ReassignmentProposed proposed() {
        return new ReassignmentProposed(id, menteeId, fromMentorId, toMentorId, proposedBy);
    }

    /** One party declines: the Council decides. */
    ReassignmentSentToCouncil decline(Party party, String why, Instant now) {
        requireState(State.PROPOSED);
        declinedBy = personOf(party);
        declineReason = why;
        state = State.WITH_COUNCIL;
        councilSince = now;
        return new ReassignmentSentToCouncil(id, menteeId, fromMentorId, toMentorId, declinedBy);
    }

    /** Not everyone agreed in time: the Council decides. */
    ReassignmentSentToCouncil expire(Instant now) {
        requireState(State.PROPOSED);
        state = State.WITH_COUNCIL;
        councilSince = now;
        return new ReassignmentSentToCouncil(id, menteeId, fromMentorId, toMentorId, null);
    }

    /** The Council decides for the change. */
    void approve(long councilMemberId, Instant now) {
        if (!state.isOpen()) {
            throw new IllegalTransitionException("mentorship.reassignment.closed");
        }
        state = State.TAKEN_EFFECT;
        decidedBy = councilMemberId;
        decidedAt = now;
    }

    /** The Council decides against the change; the mentee keeps their mentor. */
    ReassignmentRejected reject(long councilMemberId, Instant now) {
        if (!state.isOpen()) {
            throw new IllegalTransitionException("mentorship.reassignment.closed");
        }
        state = State.REJECTED;
        decidedBy = councilMemberId;
        decidedAt = now;
        return new ReassignmentRejected(id, menteeId, fromMentorId, toMentorId, councilMemberId);
    }

    /** The agreed or approved change, once the new assignment is made; {@code councilMemberId} when the Council decided. */
    MentorReassigned tookEffect(Long councilMemberId, LocalDate on) {
        if (state != State.TAKEN_EFFECT) {
            throw new IllegalTransitionException("mentorship.reassignment.closed");
        }
        return new MentorReassigned(id, menteeId, fromMentorId, toMentorId, councilMemberId, on);
    }

    /** The current mentor's note for the new one. */
    void writeHandoverNote(String note) {
        if (!state.isOpen() && state != State.TAKEN_EFFECT) {
            throw new IllegalTransitionException("mentorship.reassignment.closed");
        }
        handoverNote = note;
    }

    private void requireState(State expected) {
        if (state != expected) {
            throw new IllegalTransitionException(state.isOpen() ? "mentorship.reassignment.with-council"
                    : "mentorship.reassignment.closed");
        }
    }

    Long getId() {
        return id;
    }

    long getMenteeId() {
        return menteeId;
    }

    Long getFromMentorId() {
        return fromMentorId;
    }

    long getToMentorId() {
        return toMentorId;
    }

    long getProposedBy() {
        return proposedBy;
    }

    Instant getProposedAt() {
        return proposedAt;
    }

    String getReason() {
        return reason;
    }

    State getState() {
        return state;
    }

    Long getDeclinedBy() {
        return declinedBy;
    }

    String getDeclineReason() {
        return declineReason;
    }

    Long getDecidedBy() {
        return decidedBy;
    }

    String getHandoverNote() {
        return handoverNote;
    }

    String tokenOf(Party party) {
        return switch (party) {
            case MENTEE -> menteeToken;
            case CURRENT_MENTOR -> fromToken;
            case NEW_MENTOR -> toToken;
        };
    }

    long getVersion() {
        return version;
    }
}
