package org.repsportal.feedback;

/** Where a feedback is: received by its contacts, acknowledged by one of them, closed with an answer. */
enum FeedbackState {
    RECEIVED, ACKNOWLEDGED, CLOSED
}
