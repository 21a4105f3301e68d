package org.repsportal.availability;

import java.time.LocalTime;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param repLongest      a Rep's absence lasts at most this long
 * @param mentorPlanAfter a mentor away for longer than this says what should happen to their mentees
 *                        (a reassignment request or a plan for the Council)
 * @param watchAt         when the daily absence watch runs (UTC): return reminders, tasks handed over and back
 */
@ConfigurationProperties("portal.availability")
record AvailabilityProperties(@DefaultValue("12w") Period repLongest,
                              @DefaultValue("3m") Period mentorPlanAfter,
                              @DefaultValue("06:15") LocalTime watchAt) {
}
