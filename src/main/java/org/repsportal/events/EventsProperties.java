package org.repsportal.events;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param minMetrics     how many success metrics an event needs at least
 * @param maxDays        the longest event, in days
 * @param maxAttendance  the largest expected attendance the portal accepts
 * @param reminderAt     when the daily outcome reminder runs (UTC)
 */
@ConfigurationProperties("portal.events")
public record EventsProperties(@DefaultValue("3") int minMetrics,
                               @DefaultValue("14") int maxDays,
                               @DefaultValue("100000") int maxAttendance,
                               @DefaultValue("07:00") LocalTime reminderAt) {
}
