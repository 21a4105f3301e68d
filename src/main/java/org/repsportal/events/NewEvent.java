package org.repsportal.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An event as its owner plans it. Agenda items start at a local {@code HH:mm} (or {@code YYYY-MM-DDTHH:mm} for
 * events of several days) in the event's zone, or are untimed; at least three metrics, each with its expected outcome.
 */
public record NewEvent(String name, String type, LocalDate startsOn, LocalDate endsOn, String timeZone, boolean online,
                       String venue, Integer expectedAttendance, String goals, List<Item> agenda, List<Target> metrics,
                       Set<Long> coOrganiserIds, Long clonedFrom) {

    public NewEvent {
        agenda = agenda == null ? List.of() : agenda.stream().filter(i -> i != null && i.title() != null && !i.title().isBlank()).toList();
        metrics = metrics == null ? List.of() : metrics.stream()
                .filter(m -> m != null && (notBlank(m.name()) || notBlank(m.expected()))).toList();
        coOrganiserIds = coOrganiserIds == null ? Set.of()
                : coOrganiserIds.stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public record Item(String startsAt, String title) {
    }

    public record Target(String name, String expected) {
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
