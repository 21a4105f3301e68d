package org.repsportal.identity;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTests {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private final SignInThrottle throttle = new SignInThrottle(5, Duration.ofMinutes(1), Duration.ofMinutes(15), 30, 1000, Duration.ofMinutes(15));

    @Test
    void failuresBelowTheFreeAttemptsDoNotLockTheAccount() {
        for (int failures = 0; failures < 5; failures++) {
            assertThat(throttle.lockedUntil(failures, NOW)).isEmpty();
        }
    }

    @Test
    void theFailureThatUsesUpTheFreeAttemptsLocksTheAccountForTheLockout() {
        assertThat(throttle.lockedUntil(5, NOW)).contains(NOW.plus(Duration.ofMinutes(1)));
    }

    @Test
    void eachFurtherFailureDoublesTheLockout() {
        assertThat(throttle.lockedUntil(6, NOW)).contains(NOW.plus(Duration.ofMinutes(2)));
        assertThat(throttle.lockedUntil(7, NOW)).contains(NOW.plus(Duration.ofMinutes(4)));
        assertThat(throttle.lockedUntil(8, NOW)).contains(NOW.plus(Duration.ofMinutes(8)));
    }

    @Test
    void theLockoutNeverExceedsTheMaximum() {
        assertThat(throttle.lockedUntil(9, NOW)).contains(NOW.plus(Duration.ofMinutes(15)));
        assertThat(throttle.lockedUntil(10_000, NOW)).contains(NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void theNumbersComeFromTheConfiguration() {
        var strict = new SignInThrottle(2, Duration.ofSeconds(30), Duration.ofMinutes(1), 30, 1000, Duration.ofMinutes(15));

        assertThat(strict.lockedUntil(1, NOW)).isEmpty();
        assertThat(strict.lockedUntil(2, NOW)).contains(NOW.plusSeconds(30));
        assertThat(strict.lockedUntil(4, NOW)).contains(NOW.plusSeconds(60));
    }
}
