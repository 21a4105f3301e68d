package org.repsportal.checkins;

import java.time.LocalDateTime;
import java.util.List;

/** A mentor's plan for a check-in: with whom, when (in which time zone), and its goals. */
public record PlanCheckIn(Long menteeId, LocalDateTime at, String timeZone, List<String> goals) {

    public List<String> givenGoals() {
        return goals == null ? List.of() : goals.stream().filter(g -> g != null && !g.isBlank()).map(String::strip).toList();
    }
}
