package org.repsportal.feedback;

/** A contact answered a feedback and closed it; the sender is told and the contacts' tasks close. */
public record FeedbackClosed(long feedbackId, long closedBy) {
}
