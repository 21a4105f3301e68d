package org.repsportal.feedback;

/** A contact acknowledged a feedback: they read it and will answer. */
public record FeedbackAcknowledged(long feedbackId, long acknowledgedBy) {
}
