package org.repsportal.checkins;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param cadence          how often a mentor and mentee check in, unless their plan says otherwise
 * @param firstWithin      the first check-in is due this long after the assignment
 * @param followUpDue      follow-up actions become tasks due this long after the check-in
 * @param councilAfterMissed after this many missed cadences in a row the Council gets a task
 * @param watchAt          when the daily cadence watch runs (UTC)
 * @param trackedSince     the day check-ins began being tracked: missed cadences count from the later of it and the
 *                         mentorship's start; unset, the day the check-ins module first ran (recorded then)
 */
@ConfigurationProperties("portal.checkins")
public record CheckInsProperties(@DefaultValue("30d") Duration cadence,
                                 @DefaultValue("14d") Duration firstWithin,
                                 @DefaultValue("14d") Duration followUpDue,
                                 @DefaultValue("2") int councilAfterMissed,
                                 @DefaultValue("06:30") LocalTime watchAt,
                                 java.time.LocalDate trackedSince) {
}
