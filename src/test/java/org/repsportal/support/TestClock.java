package org.repsportal.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests can move: it follows the system clock until a test sets or advances it, and goes back
 * to following it on {@link #reset()}.
 */
public class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;
    private volatile Instant fixed;

    public void setTo(Instant instant) {
        fixed = instant;
    }

    public void advance(Duration duration) {
        if (fixed != null) {
            fixed = fixed.plus(duration);
        } else {
            offset = offset.plus(duration);
        }
    }

    public void reset() {
        fixed = null;
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now != null ? now : Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
