package org.repsportal.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sign-in attempts are throttled. An account is locked for the address its failures come from: after
 * {@code freeAttempts} failures in a row, each further failure locks it for {@code lockout}, doubling up to
 * {@code maxLockout}; the same account can still be signed into from an address that has not failed. One address
 * may fail {@code perAddress} times per {@code window} whatever the accounts; and once the whole portal sees
 * {@code ceiling} failures in a window, only addresses that have not failed may still try.
 */
@ConfigurationProperties("portal.identity.throttle")
record SignInThrottle(@DefaultValue("5") int freeAttempts,
                      @DefaultValue("1m") Duration lockout,
                      @DefaultValue("15m") Duration maxLockout,
                      @DefaultValue("30") int perAddress,
                      @DefaultValue("1000") int ceiling,
                      @DefaultValue("15m") Duration window) {

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
