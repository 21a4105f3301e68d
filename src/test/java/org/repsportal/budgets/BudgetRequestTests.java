package org.repsportal.budgets;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.repsportal.platform.IllegalTransitionException;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BudgetRequestTests {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final LocalDate EVENT = LocalDate.parse("2026-04-15");
    static final long REP = 1, MENTOR = 2, COUNCIL = 3;
    static final BudgetRequest.VoteWindow WINDOW = new BudgetRequest.VoteWindow(Duration.ofDays(3), Duration.ofDays(3));

    static BudgetRequest draft() {
        BudgetRequest request = new BudgetRequest(10, REP, "EUROPE", 40, EVENT, EVENT, new BudgetRequest.Draft("EUR",
                List.of(new BudgetLine(LineCategory.CATERING, "Pizza", new BigDecimal("40"), new BigDecimal("7.50")),
                        new BudgetLine(LineCategory.VENUE, "Room", BigDecimal.ONE, new BigDecimal("120.00"))),
                "Asked the library for a free room", null, null), NOW);
        ReflectionTestUtils.setField(request, "id", 7L);
        return request;
    }

    static Map<ReviewPoint, PointMark> allOk() {
        var marks = new EnumMap<ReviewPoint, PointMark>(ReviewPoint.class);
        for (ReviewPoint p : ReviewPoint.values()) {
            marks.put(p, new PointMark(Verdict.OK, null));
        }
        return marks;
    }

    static BudgetRequest inDecision(Route route) {
        BudgetRequest r = draft();
        r.submit(MENTOR, NOW);
        r.passMentorReview(MENTOR, allOk(), "Fine", route, WINDOW, 7, "Meetup", NOW);
        return r;
    }

    @Test
    void totalsAreExactPerCategoryAndPerExpectedAttendee() {
        BudgetRequest r = draft();
        assertThat(r.getTotal()).isEqualByComparingTo("420.00");
        assertThat(r.totalsByCategory().get(LineCategory.CATERING)).isEqualByComparingTo("300.00");
        assertThat(r.perAttendee(r.getTotal())).isEqualByComparingTo("10.50");
    }

    @Test
    void submittingWithAMentorStartsTheMentorsReviewAndWithoutOneItWaits() {
        BudgetRequest withMentor = draft();
        withMentor.submit(MENTOR, NOW);
        assertThat(withMentor.getState()).isEqualTo(BudgetState.MENTOR_REVIEW);
        BudgetRequest withoutMentor = draft();
        withoutMentor.submit(null, NOW);
        assertThat(withoutMentor.getState()).isEqualTo(BudgetState.SUBMITTED);
    }

    @Test
    void aCouncilMemberInTheMentorsPlaceReviewsLikeAMentorAndTheHistorySaysSo() {
        BudgetRequest r = draft();
        r.submit(MENTOR, true, NOW);
        assertThat(r.getState()).isEqualTo(BudgetState.MENTOR_REVIEW);
        assertThat(r.isCouncilReview()).isTrue();
        assertThat(r.getHistory()).extracting(HistoryEntry::action).endsWith("SUBMITTED", "COUNCIL_REVIEW");
        assertThat(r.getHistory().get(r.getHistory().size() - 1).actorId()).isEqualTo(MENTOR);
    }

    @Test
    void aDraftCannotBeReviewedDecidedVotedOrClosed() {
        BudgetRequest r = draft();
        assertThatThrownBy(() -> r.passMentorReview(MENTOR, allOk(), "x", Route.SINGLE_REVIEWER, WINDOW, 7, "Meetup", NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> r.sendBack(MENTOR, allOk(), "x", NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> r.decide(COUNCIL, Outcome.APPROVED, null, "x", "Meetup", NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> r.castVote(COUNCIL, Outcome.APPROVED, null, "x", NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> r.awaitReceipts(EVENT.plusDays(1), NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> r.close(REP, NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> r.beginMentorReview(MENTOR, NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aRequestInReviewCannotBeEditedResubmittedOrDecidedAndOnlyItsMentorReviewsIt() {
        BudgetRequest r = draft();
        r.submit(MENTOR, NOW);
        assertThatThrownBy(() -> r.submit(MENTOR, NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> r.revise(new BudgetRequest.Draft("EUR", List.of(), "x", null, null), NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> r.decide(COUNCIL, Outcome.APPROVED, null, "x", "Meetup", NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> r.passMentorReview(99, allOk(), "x", Route.SINGLE_REVIEWER, WINDOW, 7, "Meetup", NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void sentBackForChangesItIsRevisedAndSubmittedAgain() {
        BudgetRequest r = draft();
        r.submit(MENTOR, NOW);
        r.sendBack(MENTOR, allOk(), "Find a catering partner", NOW);
        assertThat(r.getState()).isEqualTo(BudgetState.CHANGES_REQUESTED);
        r.revise(new BudgetRequest.Draft("EUR", List.of(new BudgetLine(LineCategory.VENUE, "Room", BigDecimal.ONE, BigDecimal.TEN)),
                "Partner found", null, null), NOW);
        r.submit(MENTOR, NOW);
        assertThat(r.getState()).isEqualTo(BudgetState.MENTOR_REVIEW);
        assertThat(r.getTotal()).isEqualByComparingTo("10.00");
    }

    @Test
    void underTheThresholdOneReviewerDecidesAndThereIsNoVote() {
        BudgetRequest r = inDecision(Route.SINGLE_REVIEWER);
        assertThatThrownBy(() -> r.castVote(COUNCIL, Outcome.APPROVED, null, "x", NOW)).isInstanceOf(IllegalTransitionException.class);
        BudgetDecided decided = r.decide(COUNCIL, Outcome.PARTLY_APPROVED, new BigDecimal("300"), "Room is donated", "Meetup", NOW);
        assertThat(decided.outcome()).isEqualTo(Outcome.PARTLY_APPROVED);
        assertThat(decided.reason()).isEqualTo("Room is donated");
        assertThat(r.getState()).isEqualTo(BudgetState.PARTLY_APPROVED);
        assertThat(r.getApprovedAmount()).isEqualByComparingTo("300");
        assertThatThrownBy(() -> r.decide(COUNCIL, Outcome.DENIED, null, "x", "Meetup", NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void fromTheThresholdTheCouncilVotesOnlyDuringTheVotingDays() {
        BudgetRequest r = inDecision(Route.COUNCIL_VOTE);
        assertThatThrownBy(() -> r.decide(COUNCIL, Outcome.APPROVED, null, "x", "Meetup", NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> r.castVote(COUNCIL, Outcome.APPROVED, null, "x", NOW.plus(Duration.ofDays(2)))).isInstanceOf(IllegalTransitionException.class);
        r.castVote(COUNCIL, Outcome.APPROVED, null, "Good plan", NOW.plus(Duration.ofDays(3)));
        assertThat(r.getVotes()).containsKey(COUNCIL);
        assertThatThrownBy(() -> r.castVote(4, Outcome.APPROVED, null, "x", NOW.plus(Duration.ofDays(6)))).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void eachVoteIsInTheHistoryWithItsVoterAndReason() {
        BudgetRequest r = inDecision(Route.COUNCIL_VOTE);
        r.castVote(COUNCIL, Outcome.DENIED, null, "Catering is twice the usual", NOW.plus(Duration.ofDays(3)));
        r.castVote(4, Outcome.APPROVED, null, "The venue is free, the rest is modest", NOW.plus(Duration.ofDays(4)));
        assertThat(r.getHistory()).filteredOn(h -> h.action().equals("VOTED"))
                .extracting(HistoryEntry::actorId, HistoryEntry::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(COUNCIL, "Catering is twice the usual"),
                        org.assertj.core.groups.Tuple.tuple(4L, "The venue is free, the rest is modest"));
    }

    @Test
    void aVoteIsExtendedOnlyOnce() {
        BudgetRequest r = inDecision(Route.COUNCIL_VOTE);
        r.extendVote(Duration.ofHours(48), "Meetup", NOW.plus(Duration.ofDays(5)));
        assertThat(r.getVoteEndsAt()).isEqualTo(NOW.plus(Duration.ofDays(8)));
        assertThatThrownBy(() -> r.extendVote(Duration.ofHours(48), "Meetup", NOW.plus(Duration.ofDays(7)))).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aGrantedBudgetWaitsForReceiptsOnlyAfterTheEventAndThenCloses() {
        BudgetRequest r = inDecision(Route.SINGLE_REVIEWER);
        r.decide(COUNCIL, Outcome.APPROVED, null, "Good", "Meetup", NOW);
        assertThatThrownBy(() -> r.awaitReceipts(EVENT, NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> r.close(REP, NOW)).isInstanceOf(IllegalTransitionException.class);
        r.awaitReceipts(EVENT.plusDays(1), NOW);
        assertThat(r.getState()).isEqualTo(BudgetState.WAITING_RECEIPTS);
        r.close(REP, NOW);
        assertThat(r.getState()).isEqualTo(BudgetState.CLOSED);
        assertThatThrownBy(() -> r.close(REP, NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThat(r.getHistory()).extracting(HistoryEntry::action)
                .containsExactly("CREATED", "SUBMITTED", "MENTOR_REVIEW", "PASSED_ON", "APPROVED", "WAITING_RECEIPTS", "CLOSED");
    }

    @Test
    void aDeniedBudgetNeverWaitsForReceipts() {
        BudgetRequest r = inDecision(Route.SINGLE_REVIEWER);
        r.decide(COUNCIL, Outcome.DENIED, null, "No", "Meetup", NOW);
        assertThatThrownBy(() -> r.awaitReceipts(EVENT.plusDays(1), NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> r.submit(MENTOR, NOW)).isInstanceOf(IllegalTransitionException.class);
    }
}
