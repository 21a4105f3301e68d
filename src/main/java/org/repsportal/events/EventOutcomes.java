package org.repsportal.events;

import java.util.List;

/** What happened at an event: how many came and, per metric in order, the actual outcome and whether it was reached. */
public record EventOutcomes(Integer actualAttendance, List<Outcome> metrics) {

    public EventOutcomes {
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
    }

    public record Outcome(String actual, boolean reached) {
    }
}
