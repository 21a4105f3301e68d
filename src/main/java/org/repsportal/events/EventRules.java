package org.repsportal.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.InputChecks;

/** An event names its type from the catalog, has sensible dates, a place, an audience, goals and enough metrics. */
final class EventRules {

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 300;
    static final int MAX_GOALS = 5000;
    static final int MAX_ITEMS = 100;

    private EventRules() {
    }

    static List<FieldProblem> check(NewEvent e, boolean typeKnown, EventsProperties properties) {
        var problems = new ArrayList<FieldProblem>();
        if (blank(e.name())) {
            problems.add(new FieldProblem("name", "event.name.required"));
        } else if (e.name().length() > MAX_NAME) {
            problems.add(new FieldProblem("name", "event.name.long"));
        }
        if (!typeKnown) {
            problems.add(new FieldProblem("type", "event.type.unknown"));
        }
        if (e.startsOn() == null) {
            problems.add(new FieldProblem("startsOn", "event.startsOn.required"));
        }
        if (e.endsOn() == null) {
            problems.add(new FieldProblem("endsOn", "event.endsOn.required"));
        } else if (e.startsOn() != null && e.endsOn().isBefore(e.startsOn())) {
            problems.add(new FieldProblem("endsOn", "event.endsOn.beforeStart"));
        } else if (e.startsOn() != null && e.startsOn().plusDays(properties.maxDays() - 1L).isBefore(e.endsOn())) {
            problems.add(new FieldProblem("endsOn", "event.endsOn.tooLong"));
        }
        if (blank(e.timeZone()) || InputChecks.timeZone(e.timeZone()).isEmpty()) {
            problems.add(new FieldProblem("timeZone", "event.timeZone.unknown"));
        }
        if (!e.online() && blank(e.venue())) {
            problems.add(new FieldProblem("venue", "event.venue.required"));
        } else if (e.venue() != null && e.venue().length() > MAX_TEXT) {
            problems.add(new FieldProblem("venue", "event.venue.long"));
        }
        if (e.expectedAttendance() == null || e.expectedAttendance() < 1 || e.expectedAttendance() > properties.maxAttendance()) {
            problems.add(new FieldProblem("expectedAttendance", "event.expectedAttendance.range"));
        }
        if (blank(e.goals())) {
            problems.add(new FieldProblem("goals", "event.goals.required"));
        } else if (e.goals().length() > MAX_GOALS) {
            problems.add(new FieldProblem("goals", "event.goals.long"));
        }
        if (e.agenda().isEmpty()) {
            problems.add(new FieldProblem("agenda", "event.agenda.required"));
        } else if (e.agenda().size() > MAX_ITEMS || e.agenda().stream().anyMatch(i -> i.title().length() > MAX_TEXT)) {
            problems.add(new FieldProblem("agenda", "event.agenda.long"));
        } else if (e.agenda().stream().anyMatch(i -> !blank(i.startsAt()) && !validTime(i.startsAt(), e.startsOn(), e.endsOn()))) {
            problems.add(new FieldProblem("agenda", "event.agenda.invalidTime"));
        }
        problems.addAll(checkMetrics(e.metrics(), properties));
        return problems;
    }

    static List<FieldProblem> checkMetrics(List<NewEvent.Target> metrics, EventsProperties properties) {
        if (metrics.size() < properties.minMetrics()) {
            return List.of(new FieldProblem("metrics", "event.metrics.tooFew"));
        }
        if (metrics.stream().anyMatch(m -> blank(m.name()) || blank(m.expected()))) {
            return List.of(new FieldProblem("metrics", "event.metrics.expected"));
        }
        if (metrics.size() > MAX_ITEMS || metrics.stream().anyMatch(m -> m.name().length() > 200 || m.expected().length() > MAX_TEXT)) {
            return List.of(new FieldProblem("metrics", "event.metrics.long"));
        }
        return List.of();
    }

    /** {@code HH:mm}, or {@code YYYY-MM-DDTHH:mm} within the event's days. */
    static boolean validTime(String text, LocalDate from, LocalDate to) {
        String t = text.strip();
        try {
            if (t.length() <= 5) {
                LocalTime.parse(t.length() == 4 ? "0" + t : t);
                return true;
            }
            LocalDate day = LocalDateTime.parse(t).toLocalDate();
            return from == null || to == null || (!day.isBefore(from) && !day.isAfter(to));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
