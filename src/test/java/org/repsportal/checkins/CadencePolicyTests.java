package org.repsportal.checkins;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CadencePolicyTests {

    private static final LocalDate ASSIGNED = LocalDate.of(2026, 9, 1);

    @Test
    void theFirstCheckInIsDueTwoWeeksAfterTheAssignment() {
        assertThat(CadencePolicy.dueOn(ASSIGNED, null, 30, 14)).isEqualTo(LocalDate.of(2026, 9, 15));
    }

    @Test
    void laterCheckInsAreDueOneCadenceAfterTheLastOneHeld() {
        assertThat(CadencePolicy.dueOn(ASSIGNED, LocalDate.of(2026, 10, 10), 30, 14)).isEqualTo(LocalDate.of(2026, 11, 9));
    }

    @Test
    void aCheckInHeldWithAnEarlierMentorDoesNotCount() {
        assertThat(CadencePolicy.dueOn(ASSIGNED, LocalDate.of(2026, 8, 20), 30, 14)).isEqualTo(LocalDate.of(2026, 9, 15));
    }

    @Test
    void overdueStartsTheDayAfterTheDueDateAndEachCadenceIsOneMoreMissed() {
        LocalDate due = LocalDate.of(2026, 11, 9);
        assertThat(CadencePolicy.missedCadences(due, due, 30)).isZero();
        assertThat(CadencePolicy.overdue(due, due)).isFalse();
        assertThat(CadencePolicy.missedCadences(due, due.plusDays(1), 30)).isEqualTo(1);
        assertThat(CadencePolicy.missedCadences(due, due.plusDays(30), 30)).isEqualTo(1);
        assertThat(CadencePolicy.missedCadences(due, due.plusDays(31), 30)).isEqualTo(2);
    }

    @Test
    void missedCadencesCountFromTheDayTrackingBeganWhenTheMentorshipIsOlder() {
        LocalDate since2021 = LocalDate.of(2021, 3, 1).plusDays(14);
        LocalDate tracked = LocalDate.of(2026, 1, 1);
        LocalDate today = tracked.plusDays(14 + 31);
        assertThat(CadencePolicy.missedCadences(since2021, null, today, 30, 14)).isGreaterThan(50);
        assertThat(CadencePolicy.missedCadences(since2021, tracked, today, 30, 14)).isEqualTo(2);
        assertThat(CadencePolicy.missedCadences(since2021, tracked, tracked.plusDays(14), 30, 14)).isZero();
    }

    @Test
    void aMentorshipStartedAfterTrackingBeganCountsFromItsOwnDueDay() {
        LocalDate tracked = LocalDate.of(2026, 1, 1);
        LocalDate due = LocalDate.of(2026, 5, 15);
        assertThat(CadencePolicy.missedCadences(due, tracked, due.plusDays(31), 30, 14)).isEqualTo(2);
        assertThat(CadencePolicy.missedCadences(due, tracked, due.plusDays(31), 30, 14))
                .isEqualTo(CadencePolicy.missedCadences(due, due.plusDays(31), 30));
    }
}
