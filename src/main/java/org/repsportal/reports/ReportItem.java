package org.repsportal.reports;

import java.time.LocalDate;

/** A report as lists show it. */
record ReportItem(long id, long personId, String personName, LocalDate reportedOn, String activityCode,
                         String activityName, String areaCode, String areaName, String description, String link,
                         boolean verified, int comments) {
}
