package org.repsportal.feedback;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The numbers of feedback.
 *
 * @param answerWithin when the contacts' tasks for a feedback are due, counted from its arrival
 */
@ConfigurationProperties("portal.feedback")
public record FeedbackProperties(@DefaultValue("14d") Duration answerWithin) {
}
