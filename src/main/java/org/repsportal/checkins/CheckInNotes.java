package org.repsportal.checkins;

import java.util.List;

/** What a mentor writes after a check-in. */
public record CheckInNotes(String notes, List<String> followUps) {

    public List<String> givenFollowUps() {
        return followUps == null ? List.of() : followUps.stream().filter(f -> f != null && !f.isBlank()).map(String::strip).toList();
    }
}
