package org.repsportal.checkins;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * A check-in that already happened, as the mentor writes it down afterwards: with whom, on which day (at which
 * time, if they give one; midday otherwise) in which time zone, its goals, the notes and any follow-ups.
 */
record HeldCheckIn(Long menteeId, LocalDate on, LocalTime time, String timeZone, List<String> goals, String notes,
                   List<String> followUps) {

    static final LocalTime UNKNOWN_TIME = LocalTime.NOON;

    LocalDateTime at() {
        return on.atTime(time == null ? UNKNOWN_TIME : time);
    }

    List<String> givenGoals() {
        return given(goals);
    }

    List<String> givenFollowUps() {
        return given(followUps);
    }

    private static List<String> given(List<String> texts) {
        return texts == null ? List.of() : texts.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).toList();
    }
}
