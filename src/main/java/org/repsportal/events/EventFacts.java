package org.repsportal.events;

import java.time.LocalDate;
import java.util.Set;

/** What other modules know of an event: who organises it, when, for how many, and how detailed its agenda is. */
public record EventFacts(long id, String name, long ownerId, Set<Long> coOrganiserIds, String typeCode, String regionCode,
                         LocalDate startsOn, LocalDate endsOn, int expectedAttendance, int agendaItems, int untimedItems,
                         int metrics, boolean outcomesRecorded, boolean metricsFrozen) {

    static EventFacts of(Event e) {
        return new EventFacts(e.getId(), e.getName(), e.getOwnerId(), Set.copyOf(e.getCoOrganiserIds()), e.getTypeCode(),
                e.getRegionCode(), e.getStartsOn(), e.getEndsOn(), e.getExpectedAttendance(), e.getAgenda().size(),
                (int) e.untimedItems(), e.getMetrics().size(), e.getOutcomesRecordedAt() != null, e.isMetricsFrozen());
    }
}
