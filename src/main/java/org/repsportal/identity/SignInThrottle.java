package org.repsportal.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Repeated failed sign-ins lock the account for a while: after {@code freeAttempts} failures in a row,
 * each further failure locks it for {@code lockout}, doubling up to {@code maxLockout}.
 */
@ConfigurationProperties("portal.identity.throttle")
record SignInThrottle(@DefaultValue("5") int freeAttempts,
                      @DefaultValue("1m") Duration lockout,
                      @DefaultValue("15m") Duration maxLockout) {

    Optional<Instant> lockedUntil(int failuresInARow, Instant now) {
        if (failuresInARow < freeAttempts) {
            return Optional.empty();
        }
        int doublings = Math.min(failuresInARow - freeAttempts, 20);
        Duration wait = lockout.multipliedBy(1L << doublings);
        if (wait.compareTo(maxLockout) > 0) {
            wait = maxLockout;
        }
        return Optional.of(now.plus(wait));
    }
}
