package org.repsportal.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * One item of a person's calendar: a meeting at a time in its time zone, or a whole day (a due date).
 * The {@code uid} never changes for the same item; {@code sequence} grows when it is changed, so calendar
 * applications update it instead of adding a copy.
 */
public record CalendarEntry(String uid, int sequence, String summary, String description, ZonedDateTime start,
                            Duration duration, LocalDate day, String url, Instant lastModified, boolean cancelled) {

    public static CalendarEntry meeting(String uid, int sequence, String summary, String description, ZonedDateTime start,
                                        Duration duration, String url, Instant lastModified, boolean cancelled) {
        return new CalendarEntry(uid, sequence, summary, description, start, duration, null, url, lastModified, cancelled);
    }

    public static CalendarEntry allDay(String uid, int sequence, String summary, String description, LocalDate day,
                                       String url, Instant lastModified) {
        return new CalendarEntry(uid, sequence, summary, description, null, null, day, url, lastModified, false);
    }

    public boolean isAllDay() {
        return day != null;
    }
}
