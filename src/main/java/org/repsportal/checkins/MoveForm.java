package org.repsportal.checkins;

import java.time.LocalDateTime;

import org.repsportal.platform.DateTimeZoneForm;

/** The form that moves a planned check-in: its new day, time and time zone. */
class MoveForm extends DateTimeZoneForm {

    static MoveForm of(CheckIn checkIn) {
        var form = new MoveForm();
        var local = checkIn.getScheduledAt().atZone(java.time.ZoneId.of(checkIn.getTimeZone()));
        form.setDate(local.toLocalDate());
        form.setTime(local.toLocalTime());
        form.setTimeZone(checkIn.getTimeZone());
        return form;
    }

    LocalDateTime at() {
        return localDateTime();
    }
}
