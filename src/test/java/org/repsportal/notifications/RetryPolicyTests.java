package org.repsportal.notifications;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RetryPolicyTests {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofMinutes(1), 2.0, Duration.ofHours(1), 5);
    private final Instant failedAt = Instant.parse("2030-03-01T10:00:00Z");

    @Test
    void theWaitDoublesAfterEachFailedAttempt() {
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofMinutes(8));
    }

    @Test
    void noWaitIsLongerThanTheCap() {
        assertThat(policy.delayAfter(7)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.delayAfter(1_000)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theNextAttemptIsTheWaitAfterTheFailure() {
        assertThat(policy.nextAttempt(1, failedAt)).contains(failedAt.plus(Duration.ofMinutes(1)));
        assertThat(policy.nextAttempt(3, failedAt)).contains(failedAt.plus(Duration.ofMinutes(4)));
    }

    @Test
    void afterTheLastAllowedAttemptTheMailIsGivenUp() {
        assertThat(policy.nextAttempt(4, failedAt)).isPresent();
        assertThat(policy.nextAttempt(5, failedAt)).isEmpty();
        assertThat(policy.nextAttempt(6, failedAt)).isEmpty();
    }

    @Test
    void aMultiplierOfOneWaitsTheSameEachTime() {
        var steady = new RetryPolicy(Duration.ofSeconds(30), 1.0, Duration.ofMinutes(5), 3);
        assertThat(steady.delayAfter(1)).isEqualTo(steady.delayAfter(2)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void itIsBuiltFromTheConfiguredRetrySettings() {
        var configured = RetryPolicy.from(new PortalMailProperties.Retry(Duration.ofSeconds(10), 3.0, Duration.ofMinutes(2), 4));
        assertThat(configured.delayAfter(2)).isEqualTo(Duration.ofSeconds(30));
        assertThat(configured.delayAfter(4)).isEqualTo(Duration.ofMinutes(2));
        assertThat(configured.nextAttempt(4, failedAt)).isEmpty();
    }

    @Test
    void meaninglessSettingsAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(Duration.ZERO, 2, Duration.ofHours(1), 3));
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(Duration.ofMinutes(1), 0.5, Duration.ofHours(1), 3));
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(Duration.ofHours(2), 2, Duration.ofHours(1), 3));
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(Duration.ofMinutes(1), 2, Duration.ofHours(1), 0));
        assertThatIllegalArgumentException().isThrownBy(() -> policy.delayAfter(0));
    }
}
