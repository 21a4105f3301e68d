package org.repsportal.dashboard;

import java.time.LocalDate;

import org.repsportal.reports.ActivityClass;

/** One row of "My mentees". */
record MenteeOverview(long id, String displayName, String email, LocalDate lastReportOn, int reportsLast4Weeks,
                             int reportsLast8Weeks, int currentStreakWeeks, ActivityClass activity, int openTasks,
                             LocalDate lastCheckInOn, LocalDate nextCheckInOn, boolean checkInOverdue) {
}
