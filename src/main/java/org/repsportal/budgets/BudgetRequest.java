package org.repsportal.budgets;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.repsportal.platform.IllegalTransitionException;

/**
 * A budget request on an event. Guarded transitions follow the SOP: submitted, reviewed by the mentor (passed on
 * or sent back for changes), decided by the Council (one reviewer or a vote), then receipts after the event.
 */
@Entity
@Table(name = "budget_requests")
class BudgetRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "budget_requests_seq")
    @SequenceGenerator(name = "budget_requests_seq", sequenceName = "budget_requests_seq", allocationSize = 50)
    private Long id;

    private long eventId;
    private long requesterId;
    private Long mentorId;
    private String regionCode;
    private String currency;
    private int expectedAttendance;
    private LocalDate eventStartsOn;
    private LocalDate eventEndsOn;
    private String savingsSought;
    private String noSavingsReason;
    private String travelReason;

    @Enumerated(EnumType.STRING)
    private BudgetState state = BudgetState.DRAFT;

    @Enumerated(EnumType.STRING)
    private Route route;

    private BigDecimal total;
    private BigDecimal approvedAmount;
    private String leadTimeException;
    private Long exceptionBy;
    private String mentorRationale;
    private Instant voteOpensAt;
    private Instant votingStartsAt;
    private Instant voteEndsAt;
    private boolean voteExtended;
    private boolean votingAnnounced;
    private boolean councilReview;
    private Integer electorate;
    private Instant submittedAt;
    private Instant decidedAt;
    private Instant receiptsDoneAt;
    private int receiptsReminded;
    private Instant createdAt;
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "budget_lines", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    private List<BudgetLine> lines = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "budget_history", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    private List<HistoryEntry> history = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "budget_review_points", joinColumns = @JoinColumn(name = "request_id"))
    @MapKeyColumn(name = "point_key")
    @MapKeyEnumerated(EnumType.STRING)
    private Map<ReviewPoint, PointMark> marks = new EnumMap<>(ReviewPoint.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "budget_votes", joinColumns = @JoinColumn(name = "request_id"))
    @MapKeyColumn(name = "voter_id")
    private Map<Long, Vote> votes = new LinkedHashMap<>();

    @Version
    private long version;

    protected BudgetRequest() {
    }

    BudgetRequest(long eventId, long requesterId, String regionCode, int expectedAttendance, LocalDate startsOn, LocalDate endsOn,
                  Draft draft, Instant now) {
        this.eventId = eventId;
        this.requesterId = requesterId;
        this.regionCode = regionCode;
        this.expectedAttendance = expectedAttendance;
        this.eventStartsOn = startsOn;
        this.eventEndsOn = endsOn;
        this.createdAt = now;
        apply(draft);
        record(now, requesterId, "CREATED", total, null);
    }

    /** New content, while the request is a draft or sent back for changes. */
    void revise(Draft draft, Instant now) {
        if (!state.editable()) {
            throw new IllegalTransitionException("budget.transition.not-editable");
        }
        apply(draft);
        record(now, requesterId, "REVISED", total, null);
    }

    /** Filed for review; with a mentor it goes straight into their review. */
    void submit(Long mentor, Instant now) {
        submit(mentor, false, now);
    }

    /**
     * Filed for review by the given reviewer: the Rep's mentor, or, for a Rep without a current mentor, a Council
     * member who reviews in the mentor's place (and so does not decide).
     */
    void submit(Long reviewer, boolean councilInPlace, Instant now) {
        if (!state.editable()) {
            throw new IllegalTransitionException("budget.transition.not-editable");
        }
        state = BudgetState.SUBMITTED;
        submittedAt = now;
        marks.clear();
        votes.clear();
        record(now, requesterId, "SUBMITTED", total, null);
        councilReview = councilInPlace;
        if (reviewer != null) {
            beginMentorReview(reviewer, now);
        }
    }

    /** The Council lets a request be filed later than the lead time, for a reason. */
    void grantLeadTimeException(long councilMember, String reason, Instant now) {
        if (!state.editable()) {
            throw new IllegalTransitionException("budget.transition.not-editable");
        }
        leadTimeException = reason;
        exceptionBy = councilMember;
        record(now, councilMember, "LEAD_TIME_EXCEPTION", null, reason);
    }

    void beginMentorReview(long mentor, Instant now) {
        require(BudgetState.SUBMITTED);
        mentorId = mentor;
        state = BudgetState.MENTOR_REVIEW;
        record(now, councilReview ? mentor : null, councilReview ? "COUNCIL_REVIEW" : "MENTOR_REVIEW", null, null);
    }

    /** The mentor's marks and rationale; the request goes on to the Council's decision by the given route. */
    /**
     * The mentor's marks and rationale; the request goes on to the Council's decision by the given route. A
     * Council vote opens its discussion ({@code eventName} names the event for those told).
     */
    java.util.Optional<CouncilDiscussionOpened> passMentorReview(long mentor, Map<ReviewPoint, PointMark> pointMarks,
            String rationale, Route decidedBy, VoteWindow window, int councilSize, String eventName, Instant now) {
        requireMentorReview(mentor);
        marks.clear();
        marks.putAll(pointMarks);
        mentorRationale = rationale;
        state = BudgetState.DECISION;
        route = decidedBy;
        if (decidedBy == Route.COUNCIL_VOTE) {
            voteOpensAt = now;
            votingStartsAt = now.plus(window.discussion());
            voteEndsAt = votingStartsAt.plus(window.voting());
            voteExtended = false;
            electorate = councilSize;
        }
        record(now, mentor, "PASSED_ON", null, rationale);
        return decidedBy == Route.COUNCIL_VOTE
                ? java.util.Optional.of(new CouncilDiscussionOpened(id, eventName, requesterId, mentorId, votingStartsAt, voteEndsAt))
                : java.util.Optional.empty();
    }

    void sendBack(long mentor, Map<ReviewPoint, PointMark> pointMarks, String rationale, Instant now) {
        requireMentorReview(mentor);
        marks.clear();
        marks.putAll(pointMarks);
        mentorRationale = rationale;
        state = BudgetState.CHANGES_REQUESTED;
        record(now, mentor, "SENT_BACK", null, rationale);
    }

    /** One Council reviewer's decision, for a request under the threshold. */
    BudgetDecided decide(long reviewer, Outcome outcome, BigDecimal amount, String reason, String eventName, Instant now) {
        require(BudgetState.DECISION);
        if (route != Route.SINGLE_REVIEWER) {
            throw new IllegalTransitionException("budget.transition.vote-required");
        }
        return settle(reviewer, outcome, amount, reason, eventName, now);
    }

    /** A Council member's vote during the voting days; a later vote by the same member replaces theirs. */
    void castVote(long voter, Outcome outcome, BigDecimal amount, String reason, Instant now) {
        require(BudgetState.DECISION);
        if (route != Route.COUNCIL_VOTE) {
            throw new IllegalTransitionException("budget.transition.single-reviewer");
        }
        if (now.isBefore(votingStartsAt)) {
            throw new IllegalTransitionException("budget.transition.still-discussion");
        }
        if (!now.isBefore(voteEndsAt)) {
            throw new IllegalTransitionException("budget.transition.vote-over");
        }
        votes.put(voter, new Vote(outcome, amount, reason, now));
        record(now, voter, "VOTED", null, reason);
    }

    /** The vote's result, applied when an outcome has a majority of the whole Council or the vote ends without one. */
    BudgetDecided closeVote(Outcome outcome, BigDecimal amount, String reason, String eventName, Instant now) {
        require(BudgetState.DECISION);
        if (route != Route.COUNCIL_VOTE) {
            throw new IllegalTransitionException("budget.transition.single-reviewer");
        }
        return settle(null, outcome, amount, reason, eventName, now);
    }

    /** Whether the voting days have begun and the Council is still to be told. */
    boolean isVotingToAnnounce(Instant now) {
        return state == BudgetState.DECISION && route == Route.COUNCIL_VOTE && !votingAnnounced && !now.isBefore(votingStartsAt);
    }

    /** The voting days have begun and the Council is told, once. */
    CouncilVotingOpened announceVoting(String eventName, Instant now) {
        if (!isVotingToAnnounce(now)) {
            throw new IllegalStateException("The voting of request " + id + " is not to be announced now");
        }
        votingAnnounced = true;
        return new CouncilVotingOpened(id, eventName, requesterId, mentorId, voteEndsAt);
    }

    /** No majority one day before the end: the vote runs once more for the given time. */
    VoteExtended extendVote(Duration by, String eventName, Instant now) {
        require(BudgetState.DECISION);
        if (route != Route.COUNCIL_VOTE || voteExtended) {
            throw new IllegalTransitionException("budget.transition.extended-once");
        }
        voteExtended = true;
        voteEndsAt = voteEndsAt.plus(by);
        record(now, null, "VOTE_EXTENDED", null, null);
        return new VoteExtended(id, eventName, java.util.Set.copyOf(votes.keySet()), requesterId, mentorId);
    }

    private BudgetDecided settle(Long by, Outcome outcome, BigDecimal amount, String reason, String eventName, Instant now) {
        state = switch (outcome) {
            case APPROVED -> BudgetState.APPROVED;
            case PARTLY_APPROVED -> BudgetState.PARTLY_APPROVED;
            case DENIED -> BudgetState.DENIED;
            case CHANGES_REQUESTED -> BudgetState.CHANGES_REQUESTED;
        };
        approvedAmount = switch (outcome) {
            case APPROVED -> total;
            case PARTLY_APPROVED -> amount;
            default -> null;
        };
        decidedAt = now;
        record(now, by, outcome.name(), approvedAmount, reason);
        return new BudgetDecided(id, requesterId, mentorId, eventName, outcome, approvedAmount, currency, reason);
    }

    /** After the event, a granted budget waits for its receipts. */
    void awaitReceipts(LocalDate today, Instant now) {
        if (!state.granted()) {
            throw new IllegalTransitionException("budget.transition.not-granted");
        }
        if (!today.isAfter(eventEndsOn)) {
            throw new IllegalTransitionException("budget.transition.event-not-over");
        }
        state = BudgetState.WAITING_RECEIPTS;
        record(now, null, "WAITING_RECEIPTS", null, null);
    }

    /** Receipts (or statements for lost ones) and the report are in. */
    void close(long by, Instant now) {
        require(BudgetState.WAITING_RECEIPTS);
        state = BudgetState.CLOSED;
        receiptsDoneAt = now;
        record(now, by, "CLOSED", null, null);
    }

    void remindedOfReceipts(int stage) {
        receiptsReminded = stage;
    }

    private void requireMentorReview(long mentor) {
        require(BudgetState.MENTOR_REVIEW);
        if (mentorId == null || mentorId != mentor) {
            throw new IllegalTransitionException("budget.transition.not-the-mentor");
        }
    }

    private void require(BudgetState expected) {
        if (state != expected) {
            throw new IllegalTransitionException("budget.transition.from-" + state.name().toLowerCase());
        }
    }

    private void apply(Draft draft) {
        currency = draft.currency();
        savingsSought = draft.savingsSought();
        noSavingsReason = draft.noSavingsReason();
        travelReason = draft.travelReason();
        lines.clear();
        lines.addAll(draft.lines());
        total = lines.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void record(Instant at, Long actor, String action, BigDecimal amount, String note) {
        history.add(new HistoryEntry(at, actor, action, amount, note));
        updatedAt = at;
    }

    /** Totals per category, in the order of the categories. */
    Map<LineCategory, BigDecimal> totalsByCategory() {
        var totals = new EnumMap<LineCategory, BigDecimal>(LineCategory.class);
        for (BudgetLine line : lines) {
            totals.merge(line.category(), line.amount(), BigDecimal::add);
        }
        return totals;
    }

    BigDecimal perAttendee(BigDecimal amount) {
        return amount.divide(BigDecimal.valueOf(expectedAttendance), 2, java.math.RoundingMode.HALF_UP);
    }

    boolean hasTravel() {
        return lines.stream().anyMatch(l -> l.category() == LineCategory.TRAVEL);
    }

    /** The content of a request as its requester writes it; lines already checked. */
    record Draft(String currency, List<BudgetLine> lines, String savingsSought, String noSavingsReason, String travelReason) {
    }

    /** How long the Council discusses and then votes. */
    record VoteWindow(Duration discussion, Duration voting) {
    }

    public Long getId() { return id; }
    public long getEventId() { return eventId; }
    public long getRequesterId() { return requesterId; }
    public Long getMentorId() { return mentorId; }
    public String getRegionCode() { return regionCode; }
    public String getCurrency() { return currency; }
    public int getExpectedAttendance() { return expectedAttendance; }
    public LocalDate getEventStartsOn() { return eventStartsOn; }
    public LocalDate getEventEndsOn() { return eventEndsOn; }
    public String getSavingsSought() { return savingsSought; }
    public String getNoSavingsReason() { return noSavingsReason; }
    public String getTravelReason() { return travelReason; }
    public BudgetState getState() { return state; }
    public Route getRoute() { return route; }
    public BigDecimal getTotal() { return total; }
    public BigDecimal getApprovedAmount() { return approvedAmount; }
    public String getLeadTimeException() { return leadTimeException; }
    public String getMentorRationale() { return mentorRationale; }
    public Instant getVoteOpensAt() { return voteOpensAt; }
    public Instant getVotingStartsAt() { return votingStartsAt; }
    public Instant getVoteEndsAt() { return voteEndsAt; }
    public boolean isVoteExtended() { return voteExtended; }
    public boolean isVotingAnnounced() { return votingAnnounced; }
    public boolean isCouncilReview() { return councilReview; }
    public Integer getElectorate() { return electorate; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getDecidedAt() { return decidedAt; }
    public int getReceiptsReminded() { return receiptsReminded; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
    public List<BudgetLine> getLines() { return Collections.unmodifiableList(lines); }
    public List<HistoryEntry> getHistory() { return Collections.unmodifiableList(history); }
    public Map<ReviewPoint, PointMark> getMarks() { return Collections.unmodifiableMap(marks); }
    public Map<Long, Vote> getVotes() { return Collections.unmodifiableMap(votes); }
}
