package org.repsportal.checkins;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.springframework.format.annotation.DateTimeFormat;

/** The form that moves a planned check-in: its new day, time and time zone. */
class MoveForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private LocalTime time;

    private String timeZone;

    static MoveForm of(CheckIn checkIn) {
        var form = new MoveForm();
        var local = checkIn.getScheduledAt().atZone(java.time.ZoneId.of(checkIn.getTimeZone()));
        form.date = local.toLocalDate();
        form.time = local.toLocalTime();
        form.timeZone = checkIn.getTimeZone();
        return form;
    }

    LocalDateTime at() {
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
