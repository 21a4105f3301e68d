package org.repsportal.feedback;

/** A member sent feedback (or a mentor forwarded a mentee's); its contacts are to hear of it. Carries no names. */
public record FeedbackReceived(long feedbackId, long senderId) {
}
