package org.repsportal.reports;

import java.time.LocalDate;

/** A Rep filed a report. */
public record ActivityReported(long reportId, long personId, String activityCode, boolean verifiable, LocalDate reportedOn) {
}
