package org.repsportal.reports;

/** Someone commented on a report; its owner hears of it. */
public record ReportCommented(long reportId, long ownerId, long authorId, String authorName, String comment) {
}
