package org.repsportal.reports;

/** A mentor verified a report of a verifiable activity. */
record ReportVerified(long reportId, long verifiedBy) {
}
