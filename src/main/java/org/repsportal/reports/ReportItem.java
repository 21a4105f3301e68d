package org.repsportal.reports;

import java.time.LocalDate;

/** A report as lists show it; {@code verifiable} when its activity is one a mentor verifies. */
record ReportItem(long id, long personId, String personName, LocalDate reportedOn, String activityCode,
                         String activityName, String areaCode, String areaName, String description, String link,
                         boolean verified, int comments, boolean verifiable) {

    /** A verifiable activity nobody verified yet. */
    public boolean unverified() {
        return verifiable && !verified;
    }
}
