package org.repsportal.reports;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityClassPolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private final ActivityClassPolicy policy = new ActivityClassPolicy(new ReportsProperties(Duration.ofDays(7),
            Duration.ofDays(28), Duration.ofDays(56), Duration.ofDays(14), Duration.ofDays(28), java.time.LocalTime.of(6, 0)));

    @Test
    void aRepWhoReportedWithinFourWeeksIsActive() {
        assertThat(policy.classify(TODAY.minusDays(28), TODAY.minusYears(1), false, TODAY)).isEqualTo(ActivityClass.ACTIVE);
    }

    @Test
    void moreThanFourWeeksOfSilenceIsInactiveLow() {
        assertThat(policy.classify(TODAY.minusDays(29), TODAY.minusYears(1), false, TODAY)).isEqualTo(ActivityClass.INACTIVE_LOW);
        assertThat(policy.classify(TODAY.minusDays(56), TODAY.minusYears(1), false, TODAY)).isEqualTo(ActivityClass.INACTIVE_LOW);
    }

    @Test
    void moreThanEightWeeksOfSilenceIsInactiveHigh() {
        assertThat(policy.classify(TODAY.minusDays(57), TODAY.minusYears(1), false, TODAY)).isEqualTo(ActivityClass.INACTIVE_HIGH);
    }

    @Test
    void withoutAnyReportSilenceCountsFromJoining() {
        assertThat(policy.classify(null, TODAY.minusDays(10), false, TODAY)).isEqualTo(ActivityClass.ACTIVE);
        assertThat(policy.classify(null, TODAY.minusDays(70), false, TODAY)).isEqualTo(ActivityClass.INACTIVE_HIGH);
    }

    @Test
    void aDeclaredAbsenceOutranksSilence() {
        assertThat(policy.classify(TODAY.minusDays(100), TODAY.minusYears(1), true, TODAY)).isEqualTo(ActivityClass.UNAVAILABLE);
    }
}
