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
}
