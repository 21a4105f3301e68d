package org.repsportal.council;

import java.time.Duration;

/** A duration as pages say it: days and hours, hours and minutes, or minutes (message key and two numbers). */
public record Elapsed(String key, long first, long second) {

    public static Elapsed of(Duration duration) {
        Duration d = duration.isNegative() ? Duration.ZERO : duration;
        if (d.toDays() > 0) {
            return new Elapsed("council.elapsed.days", d.toDays(), d.toHoursPart());
        }
        if (d.toHours() > 0) {
            return new Elapsed("council.elapsed.hours", d.toHours(), d.toMinutesPart());
        }
        return new Elapsed("council.elapsed.minutes", d.toMinutes(), 0);
    }
}
