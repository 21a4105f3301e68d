package org.repsportal.platform;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The day, time and time zone a form asks for, as typed: a date field ({@code 2026-12-02}), a time field
 * ({@code 18:30}, seconds optional) and a zone from the list. The forms that plan, log or move something in time
 * extend it; the module's service checks the values and says which field is wrong.
 */
public abstract class DateTimeZoneForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private LocalTime time;

    private String timeZone;

    /** The day at the time, in no zone yet; null while either is missing. */
    protected LocalDateTime localDateTime() {
        return date == null || time == null ? null : date.atTime(time);
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getTime() {
        return time;
    }

    public void setTime(LocalTime time) {
        this.time = time;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }
}
