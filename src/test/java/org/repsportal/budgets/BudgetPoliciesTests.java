package org.repsportal.budgets;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Actor;
import org.repsportal.people.Role;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetPoliciesTests {

    static final Duration THREE_WEEKS = Duration.ofDays(21);

    @Test
    void aRequestThreeWeeksAheadIsInTimeAndADayLaterIsNot() {
        LocalDate event = LocalDate.parse("2026-05-22");
        assertThat(LeadTimePolicy.check(event, LocalDate.parse("2026-05-01"), THREE_WEEKS, false).allowed()).isTrue();
        assertThat(LeadTimePolicy.check(event, LocalDate.parse("2026-05-02"), THREE_WEEKS, false).reason()).isEqualTo("policy.budgets.lead-time");
    }

    @Test
    void aCouncilExceptionLetsALateRequestThrough() {
        LocalDate event = LocalDate.parse("2026-05-22");
        assertThat(LeadTimePolicy.check(event, LocalDate.parse("2026-05-20"), THREE_WEEKS, true).allowed()).isTrue();
    }

    @Test
    void overdueReceiptsBlockANewRequestUnlessAWaiverRuns() {
        assertThat(OverdueReceiptsPolicy.check(0, false).allowed()).isTrue();
        assertThat(OverdueReceiptsPolicy.check(1, false).reason()).isEqualTo("policy.budgets.receipts-overdue");
        assertThat(OverdueReceiptsPolicy.check(1, true).allowed()).isTrue();
    }

    @Test
    void theThresholdIsComparedThroughTheConfiguredRate() {
        var properties = new BudgetsProperties(THREE_WEEKS, new BigDecimal("500"), "USD", Map.of("EUR", new BigDecimal("1.08")),
                new BigDecimal("100000"), Duration.ofDays(3), Duration.ofDays(3), Duration.ofHours(48), Duration.ofDays(30),
                Duration.ofDays(60), Duration.ofDays(90), 10_485_760, Duration.ofDays(730));
        var rates = new ExchangeRates(properties);
        BigDecimal under = rates.exactInThresholdCurrency(new BigDecimal("462.96"), "EUR").orElseThrow();
        BigDecimal at = rates.exactInThresholdCurrency(new BigDecimal("462.97"), "EUR").orElseThrow();
        assertThat(rates.toThresholdCurrency(new BigDecimal("462.96"), "EUR")).contains(new BigDecimal("500.00"));
        assertThat(ThresholdRouting.route(under, properties.singleReviewerThreshold())).isEqualTo(Route.SINGLE_REVIEWER);
        assertThat(ThresholdRouting.route(at, properties.singleReviewerThreshold())).isEqualTo(Route.COUNCIL_VOTE);
        assertThat(ThresholdRouting.route(new BigDecimal("500.00"), new BigDecimal("500"))).isEqualTo(Route.COUNCIL_VOTE);
        assertThat(rates.known("XAU")).isFalse();
    }

    @Test
    void nobodyDecidesOnTheirOwnRequestOrAMenteesAndOnlyTheCouncilDecides() {
        var council = new Actor(3, Set.of(Role.REP, Role.MENTOR, Role.COUNCIL));
        var mentorOnly = new Actor(4, Set.of(Role.REP, Role.MENTOR));
        assertThat(ConflictOfInterestPolicy.mayDecide(council, 1, 2L).allowed()).isTrue();
        assertThat(ConflictOfInterestPolicy.mayDecide(council, 3, 2L).reason()).isEqualTo("policy.budgets.own-request");
        assertThat(ConflictOfInterestPolicy.mayDecide(council, 1, 3L).reason()).isEqualTo("policy.budgets.mentees-request");
        assertThat(ConflictOfInterestPolicy.mayDecide(mentorOnly, 1, 2L).reason()).isEqualTo("policy.budgets.council-only");
    }

    @Test
    void aMajorityOfTheWholeCouncilDecidesNotOfThoseWhoVoted() {
        Instant t = Instant.parse("2026-03-04T10:00:00Z");
        var three = List.of(vote(Outcome.APPROVED, t), vote(Outcome.APPROVED, t), vote(Outcome.APPROVED, t));
        assertThat(VoteCount.majority(three, 7)).isEmpty();
        var four = List.of(vote(Outcome.APPROVED, t), vote(Outcome.APPROVED, t), vote(Outcome.APPROVED, t), vote(Outcome.APPROVED, t));
        assertThat(VoteCount.majority(four, 7)).contains(Outcome.APPROVED);
    }

    @Test
    void withoutAMajorityOneDayBeforeTheEndTheVoteIsExtendedOnceThenClosed() {
        Instant end = Instant.parse("2026-03-07T10:00:00Z");
        var votes = List.of(vote(Outcome.APPROVED, end.minus(Duration.ofDays(2))));
        assertThat(VoteCount.next(votes, 7, end, false, end.minus(Duration.ofDays(2)))).isEqualTo(VoteCount.Step.NONE);
        assertThat(VoteCount.next(votes, 7, end, false, end.minus(Duration.ofHours(23)))).isEqualTo(VoteCount.Step.EXTEND);
        Instant extendedEnd = end.plus(Duration.ofHours(48));
        assertThat(VoteCount.next(votes, 7, extendedEnd, true, extendedEnd.minus(Duration.ofHours(12)))).isEqualTo(VoteCount.Step.NONE);
        assertThat(VoteCount.next(votes, 7, extendedEnd, true, extendedEnd)).isEqualTo(VoteCount.Step.CLOSE_WITHOUT_MAJORITY);
    }

    @Test
    void aPartialApprovalByMajorityGrantsTheSmallestAmountItsVotersNamed() {
        Instant t = Instant.parse("2026-03-04T10:00:00Z");
        var votes = List.of(new Vote(Outcome.PARTLY_APPROVED, new BigDecimal("300"), "r", t),
                new Vote(Outcome.PARTLY_APPROVED, new BigDecimal("250"), "r", t));
        assertThat(VoteCount.partialAmount(votes)).isEqualByComparingTo("250");
    }

    private static Vote vote(Outcome outcome, Instant at) {
        return new Vote(outcome, null, "reason", at);
    }
}
