package org.repsportal.reports;

import java.time.LocalDate;

/**
 * One person's reporting: the last report, how many in the last 4 and 8 weeks, and the current streak
 * in weeks (0 when broken: more than the streak gap since the last report).
 */
public record ActivityStats(long personId, LocalDate lastReportOn, int reportsLast4Weeks, int reportsLast8Weeks,
                            int currentStreakWeeks) {

    public static ActivityStats none(long personId) {
        return new ActivityStats(personId, null, 0, 0, 0);
    }
}
