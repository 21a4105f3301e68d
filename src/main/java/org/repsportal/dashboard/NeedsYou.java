package org.repsportal.dashboard;

import java.time.LocalDate;

/** A mentee who needs their mentor now, and why: an overdue check-in, silence, reports to verify, open tasks. */
record NeedsYou(long id, String displayName, boolean checkInOverdue, LocalDate nextCheckInOn, boolean silent,
                LocalDate lastReportOn, int unverifiedReports, int openTasks) {

    int reasons() {
        return (checkInOverdue ? 1 : 0) + (silent ? 1 : 0) + (unverifiedReports > 0 ? 1 : 0) + (openTasks > 0 ? 1 : 0);
    }

    boolean needed() {
        return reasons() > 0;
    }
}
