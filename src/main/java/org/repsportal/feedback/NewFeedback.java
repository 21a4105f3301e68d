package org.repsportal.feedback;

/**
 * Feedback as a member sends it: {@code to} is {@link FeedbackDesk#LEADERSHIP} or a functional area's code; a mentor
 * forwarding a mentee's feedback gives {@code menteeId} and whether the mentee wants to be named.
 */
public record NewFeedback(String to, String subject, String text, Long menteeId, Boolean menteeNamed) {

    /** Feedback a member sends for themselves. */
    public static NewFeedback own(String to, String subject, String text) {
        return new NewFeedback(to, subject, text, null, null);
    }
}
