package org.repsportal.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a failed mail again: the first wait, then each wait {@code multiplier} times the one before,
 * never longer than {@code maxDelay}; after {@code maxAttempts} failed attempts the mail is given up.
 */
record RetryPolicy(Duration firstDelay, double multiplier, Duration maxDelay, int maxAttempts) {

    RetryPolicy {
        if (firstDelay.isNegative() || firstDelay.isZero()) {
            throw new IllegalArgumentException("The first retry delay must be positive");
        }
        if (maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("The longest retry delay must not be shorter than the first");
        }
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("The retry multiplier must be at least 1");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("A mail needs at least one attempt");
        }
    }

    static RetryPolicy from(PortalMailProperties.Retry retry) {
        return new RetryPolicy(retry.firstDelay(), retry.multiplier(), retry.maxDelay(), retry.maxAttempts());
    }

    /** The wait after the given number of failed attempts (1 for the first failure). */
    Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("No attempt has failed yet");
        }
        double millis = firstDelay.toMillis() * Math.pow(multiplier, failedAttempts - 1);
        if (Double.isNaN(millis) || millis >= maxDelay.toMillis()) {
            return maxDelay;
        }
        return Duration.ofMillis((long) millis);
    }

    /** When to try next after the given number of failed attempts, or nothing when the mail is given up. */
    Optional<Instant> nextAttempt(int failedAttempts, Instant failedAt) {
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(failedAt.plus(delayAfter(failedAttempts)));
    }
}
