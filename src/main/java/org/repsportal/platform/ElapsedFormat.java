package org.repsportal.platform;

import java.time.Duration;

/** Lets templates say a duration: {@code ${elapsed.of(duration)}}. */
final class ElapsedFormat {

    public Elapsed of(Duration duration) {
        return duration == null ? null : Elapsed.of(duration);
    }
}
