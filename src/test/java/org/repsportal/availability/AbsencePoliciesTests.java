package org.repsportal.availability;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AbsencePoliciesTests {

    private static final LocalDate TODAY = LocalDate.of(2030, 3, 4);
    private static final Period TWELVE_WEEKS = Period.ofWeeks(12);
    private static final Period THREE_MONTHS = Period.ofMonths(3);

    @Test
    void anAbsenceThatEndsBeforeItStartsIsRefused() {
        assertThat(AbsencePolicies.period(TODAY.plusDays(5), TODAY.plusDays(4), TODAY).reason()).isEqualTo("absence.to.beforeFrom");
        assertThat(AbsencePolicies.period(TODAY.plusDays(5), TODAY.plusDays(5), TODAY).allowed()).as("one day").isTrue();
    }

    @Test
    void anAbsenceAlreadyOverIsRefusedButOneGoingOnIsNot() {
        assertThat(AbsencePolicies.period(TODAY.minusDays(9), TODAY.minusDays(1), TODAY).reason()).isEqualTo("absence.to.past");
        assertThat(AbsencePolicies.period(TODAY.minusDays(9), TODAY, TODAY).allowed()).isTrue();
    }

    @Test
    void aRepIsAwayAtMostTwelveWeeks() {
        LocalDate from = TODAY.plusDays(1);
        assertThat(AbsencePolicies.repLength(from, from.plusWeeks(12).minusDays(1), false, TWELVE_WEEKS).allowed()).isTrue();
        assertThat(AbsencePolicies.repLength(from, from.plusWeeks(12), false, TWELVE_WEEKS).reason()).isEqualTo("absence.to.tooLong");
    }

    @Test
    void aMentorMayBeAwayLongerThanTwelveWeeks() {
        LocalDate from = TODAY.plusDays(1);
        assertThat(AbsencePolicies.repLength(from, from.plusWeeks(20), true, TWELVE_WEEKS).allowed()).isTrue();
    }

    @Test
    void aMentorAwayMoreThanThreeMonthsNeedsAReassignmentRequestOrAPlan() {
        LocalDate from = LocalDate.of(2030, 4, 1);
        assertThat(AbsencePolicies.isLongMentorAbsence(from, LocalDate.of(2030, 6, 30), true, THREE_MONTHS))
                .as("exactly three months").isFalse();
        assertThat(AbsencePolicies.isLongMentorAbsence(from, LocalDate.of(2030, 7, 1), true, THREE_MONTHS)).isTrue();
        assertThat(AbsencePolicies.isLongMentorAbsence(from, LocalDate.of(2030, 7, 1), false, THREE_MONTHS))
                .as("a Rep without mentees").isFalse();

        assertThat(AbsencePolicies.longMentorAbsence(true, false, "  ").reason()).isEqualTo("absence.plan.required");
        assertThat(AbsencePolicies.longMentorAbsence(true, true, null).allowed()).isTrue();
        assertThat(AbsencePolicies.longMentorAbsence(true, false, "Asha looks after them").allowed()).isTrue();
        assertThat(AbsencePolicies.longMentorAbsence(false, false, null).allowed()).isTrue();
    }

    @Test
    void anAbsenceMayNotOverlapAnotherEvenByOneDay() {
        var existing = List.of(new AbsencePolicies.Days(TODAY.plusDays(10), TODAY.plusDays(20)));
        assertThat(AbsencePolicies.noOverlap(new AbsencePolicies.Days(TODAY.plusDays(20), TODAY.plusDays(25)), existing).reason())
                .isEqualTo("absence.from.overlaps");
        assertThat(AbsencePolicies.noOverlap(new AbsencePolicies.Days(TODAY.plusDays(1), TODAY.plusDays(30)), existing).refused())
                .as("around it").isTrue();
        assertThat(AbsencePolicies.noOverlap(new AbsencePolicies.Days(TODAY.plusDays(21), TODAY.plusDays(25)), existing).allowed())
                .as("the day after").isTrue();
        assertThat(AbsencePolicies.noOverlap(new AbsencePolicies.Days(TODAY.plusDays(1), TODAY.plusDays(9)), existing).allowed())
                .as("the days before").isTrue();
    }

    @Test
    void theDelegateIsSomeoneElseACurrentMemberAndNotAwayThemselves() {
        assertThat(AbsencePolicies.delegate(7, 7L, true, false).reason()).isEqualTo("absence.delegate.self");
        assertThat(AbsencePolicies.delegate(7, 8L, true, true).reason()).isEqualTo("absence.delegate.away");
        assertThat(AbsencePolicies.delegate(7, 8L, false, false).reason()).isEqualTo("absence.delegate.notMember");
        assertThat(AbsencePolicies.delegate(7, 8L, true, false).allowed()).isTrue();
        assertThat(AbsencePolicies.delegate(7, null, false, false).allowed()).as("no delegate at all").isTrue();
    }
}
