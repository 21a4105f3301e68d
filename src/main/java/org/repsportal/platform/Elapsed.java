package org.repsportal.platform;

import java.time.Duration;

/** A duration as pages say it: days and hours, hours and minutes, or minutes (message key and two numbers). */
record Elapsed(String key, long first, long second) {

    static Elapsed of(Duration duration) {
        Duration d = duration.isNegative() ? Duration.ZERO : duration;
        if (d.toDays() > 0) {
            return new Elapsed("platform.elapsed.days", d.toDays(), d.toHoursPart());
        }
        if (d.toHours() > 0) {
            return new Elapsed("platform.elapsed.hours", d.toHours(), d.toMinutesPart());
        }
        return new Elapsed("platform.elapsed.minutes", d.toMinutes(), 0);
    }
}
