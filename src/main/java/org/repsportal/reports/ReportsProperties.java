package org.repsportal.reports;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The program's numbers for activity: when a streak breaks, when a Rep counts as inactive, how long a
 * mentor has to verify an activity, when the daily reminders run (UTC).
 */
@ConfigurationProperties("portal.reports")
public record ReportsProperties(@DefaultValue("7d") Duration streakGap,
                                @DefaultValue("28d") Duration inactiveLow,
                                @DefaultValue("56d") Duration inactiveHigh,
                                @DefaultValue("14d") Duration verificationDue,
                                @DefaultValue("28d") Duration remindersGraceAfterJoining,
                                @DefaultValue("06:00") LocalTime remindersAt) {

    public int streakGapDays() {
        return (int) streakGap.toDays();
    }
}
