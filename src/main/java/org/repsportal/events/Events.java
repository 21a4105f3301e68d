package org.repsportal.events;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.repsportal.people.Actor;
import org.repsportal.people.Catalog;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The events module's entry point: planning, cloning, revising metrics, recording outcomes. */
@Service
@Transactional
public class Events {

    private final EventRepository events;
    private final Catalog catalog;
    private final People people;
    private final EventsProperties properties;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    Events(EventRepository events, Catalog catalog, People people, EventsProperties properties,
           ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.catalog = catalog;
        this.people = people;
        this.properties = properties;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Plans an event owned by the actor; returns its id. */
    public long plan(Actor actor, NewEvent event) {
        return create(actor, event).getId();
    }

    Event create(Actor actor, NewEvent event) {
        var problems = new ArrayList<>(EventRules.check(event, catalog.isEventType(event.type()), properties));
        var coOrganisers = new HashSet<>(event.coOrganiserIds());
        coOrganisers.remove(actor.personId());
        if (!coOrganisers.isEmpty() && people.summaries(coOrganisers).size() != coOrganisers.size()) {
            problems.add(new FieldProblem("coOrganiserIds", "event.coOrganisers.unknown"));
        }
        if (event.clonedFrom() != null && !events.existsById(event.clonedFrom())) {
            problems.add(new FieldProblem("clonedFrom", "event.clonedFrom.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Person owner = people.get(actor.personId());
        String region = catalog.regionOfCountry(owner.getCountryCode()).map(Catalog.Region::code).orElse(null);
        return events.save(new Event(actor.personId(), region, event, event.clonedFrom(), clock.instant()));
    }

    /** A new plan prefilled from a past event: same content, no dates, no outcomes. */
    @Transactional(readOnly = true)
    public NewEvent cloneOf(long id) {
        Event e = find(id);
        return new NewEvent(e.getName(), e.getTypeCode(), null, null, e.getTimeZone(), e.isOnline(), e.getVenue(),
                e.getExpectedAttendance(), e.getGoals(),
                e.getAgenda().stream().map(i -> new NewEvent.Item(i.startsAt() != null && i.startsAt().length() > 5
                        ? i.startsAt().substring(11) : i.startsAt(), i.title())).toList(),
                e.getMetrics().stream().map(m -> new NewEvent.Target(m.name(), m.expected())).toList(),
                e.getCoOrganiserIds(), e.getId());
    }

    /** The owner names who organises the event with them; the event is then in their calendars too. */
    public void changeCoOrganisers(Actor actor, long id, java.util.Collection<Long> coOrganiserIds) {
        Event event = find(id);
        EventAccessPolicy.mayChange(actor, event).orForbid();
        var chosen = new java.util.LinkedHashSet<Long>(coOrganiserIds);
        chosen.remove(null);
        chosen.remove(actor.personId());
        if (!chosen.isEmpty() && people.summaries(chosen).size() != chosen.size()) {
            throw new InvalidInputException(List.of(new FieldProblem("coOrganiserIds", "event.coOrganisers.unknown")));
        }
        event.changeCoOrganisers(chosen, clock.instant());
    }

    /** New metrics for an event whose budget is not yet approved. */
    public void reviseMetrics(Actor actor, long id, List<NewEvent.Target> metrics) {
        Event event = find(id);
        EventAccessPolicy.mayChange(actor, event).orForbid();
        var clean = metrics == null ? List.<NewEvent.Target>of()
                : metrics.stream().filter(m -> m != null && (m.name() != null && !m.name().isBlank()
                        || m.expected() != null && !m.expected().isBlank())).toList();
        var problems = EventRules.checkMetrics(clean, properties);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        event.reviseMetrics(clean.stream().map(m -> new Metric(m.name().strip(), m.expected().strip(), null, null)).toList(),
                clock.instant());
    }

    /** What happened at the event; the first time, the organisers' activity reports are filed. */
    public void recordOutcomes(Actor actor, long id, EventOutcomes outcomes) {
        Event event = find(id);
        EventAccessPolicy.mayChange(actor, event).orForbid();
        var problems = new ArrayList<FieldProblem>();
        if (outcomes.actualAttendance() == null || outcomes.actualAttendance() < 0
                || outcomes.actualAttendance() > properties.maxAttendance()) {
            problems.add(new FieldProblem("actualAttendance", "event.actualAttendance.range"));
        }
        if (outcomes.metrics().size() != event.getMetrics().size()
                || outcomes.metrics().stream().anyMatch(o -> o == null || o.actual() == null || o.actual().isBlank())) {
            problems.add(new FieldProblem("metrics", "event.outcomes.each"));
        } else if (outcomes.metrics().stream().anyMatch(o -> o.actual().length() > EventRules.MAX_TEXT)) {
            problems.add(new FieldProblem("metrics", "event.metrics.long"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        event.recordOutcomes(outcomes.actualAttendance(),
                outcomes.metrics().stream().map(o -> o.actual().strip()).toList(),
                outcomes.metrics().stream().map(EventOutcomes.Outcome::reached).toList(),
                LocalDate.now(clock), clock.instant()).ifPresent(publisher::publishEvent);
    }

    /** An approved budget holds its event to the metrics it was approved on. */
    public void freezeMetrics(long id) {
        find(id).freezeMetrics(clock.instant());
    }

    @Transactional(readOnly = true)
    public EventFacts facts(long id) {
        return EventFacts.of(find(id));
    }

    Event find(long id) {
        return events.findById(id).orElseThrow(() -> new NotFoundException("Event", id));
    }
}
