package org.repsportal.council.web;

import java.time.Duration;

/** Lets templates say a duration: {@code ${elapsed.of(duration)}}. */
public final class ElapsedFormat {

    public Elapsed of(Duration duration) {
        return duration == null ? null : Elapsed.of(duration);
    }
}
