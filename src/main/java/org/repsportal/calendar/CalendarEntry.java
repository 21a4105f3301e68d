package org.repsportal.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * One item of a person's calendar: a meeting at a time in its time zone, or whole days (a due date, an
 * absence: from {@code day} to {@code lastDay}, both inclusive; one day when {@code lastDay} is absent).
 * The {@code uid} never changes for the same item; {@code sequence} grows when it is changed, so calendar
 * applications update it instead of adding a copy.
 */
public record CalendarEntry(String uid, int sequence, String summary, String description, ZonedDateTime start,
                            Duration duration, LocalDate day, String url, Instant lastModified, boolean cancelled,
                            LocalDate lastDay) {

    public static CalendarEntry meeting(String uid, int sequence, String summary, String description, ZonedDateTime start,
                                        Duration duration, String url, Instant lastModified, boolean cancelled) {
        return new CalendarEntry(uid, sequence, summary, description, start, duration, null, url, lastModified, cancelled, null);
    }

    public static CalendarEntry allDay(String uid, int sequence, String summary, String description, LocalDate day,
                                       String url, Instant lastModified) {
        return new CalendarEntry(uid, sequence, summary, description, null, null, day, url, lastModified, false, null);
    }

    /** Whole days from the first to the last, both inclusive. */
    public static CalendarEntry days(String uid, int sequence, String summary, String description, LocalDate firstDay,
                                     LocalDate lastDay, String url, Instant lastModified) {
        return new CalendarEntry(uid, sequence, summary, description, null, null, firstDay, url, lastModified, false, lastDay);
    }

    public boolean isAllDay() {
        return day != null;
    }
}
