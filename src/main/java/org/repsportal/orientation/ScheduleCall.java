package org.repsportal.orientation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * An orientation call to schedule: its kind, local date and time in a time zone (an IANA name such as
 * {@code Europe/Berlin}), length in minutes (the configured default when null), web link, optional notes,
 * and the new mentors to invite.
 */
public record ScheduleCall(CallKind kind, LocalDate date, LocalTime time, String timeZone, Integer durationMinutes,
                           String link, String notes, List<Long> inviteeIds) {

    public ScheduleCall {
        inviteeIds = inviteeIds == null ? List.of()
                : inviteeIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }
}
