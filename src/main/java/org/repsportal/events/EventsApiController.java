package org.repsportal.events;

import org.springdoc.core.annotations.ParameterObject;
import org.repsportal.platform.Paging;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.repsportal.people.Actor;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/events")
@Tag(name = "Events", description = "Events Reps plan, their agendas, metrics and outcomes")
class EventsApiController {

    record ItemRequest(String startsAt, String title) {
    }

    record MetricRequest(String name, String expected) {
    }

    record PlanRequest(String name, String type, LocalDate startsOn, LocalDate endsOn, String timeZone, Boolean online,
                       String venue, Integer expectedAttendance, String goals, List<ItemRequest> agenda,
                       List<MetricRequest> metrics, Set<Long> coOrganiserIds, Long clonedFrom) {
    }

    record OutcomeRequest(String actual, Boolean reached) {
    }

    record OutcomesRequest(Integer actualAttendance, List<OutcomeRequest> metrics) {
    }

    record MetricView(String name, String expected, String actual, Boolean reached) {
    }

    record EventView(long id, String name, String type, long ownerId, Set<Long> coOrganiserIds, LocalDate startsOn,
                     LocalDate endsOn, String timeZone, boolean online, String venue, int expectedAttendance, String goals,
                     List<ItemRequest> agenda, List<MetricView> metrics, Integer actualAttendance, boolean metricsFrozen) {

        static EventView of(Event e) {
            return new EventView(e.getId(), e.getName(), e.getTypeCode(), e.getOwnerId(), e.getCoOrganiserIds(), e.getStartsOn(),
                    e.getEndsOn(), e.getTimeZone(), e.isOnline(), e.getVenue(), e.getExpectedAttendance(), e.getGoals(),
                    e.getAgenda().stream().map(i -> new ItemRequest(i.startsAt(), i.title())).toList(),
                    e.getMetrics().stream().map(m -> new MetricView(m.name(), m.expected(), m.actual(), m.reached())).toList(),
                    e.getActualAttendance(), e.isMetricsFrozen());
        }
    }

    private final Events events;
    private final EventQueries queries;

    EventsApiController(Events events, EventQueries queries) {
        this.events = events;
        this.queries = queries;
    }

    @PostMapping
    @Operation(summary = "Plan an event; at least 3 metrics, each with an expected outcome")
    ResponseEntity<Map<String, Long>> plan(Actor actor, @RequestBody PlanRequest r) {
        var event = new NewEvent(r.name(), r.type(), r.startsOn(), r.endsOn(), r.timeZone(), Boolean.TRUE.equals(r.online()),
                r.venue(), r.expectedAttendance(), r.goals(),
                r.agenda() == null ? List.of() : r.agenda().stream().map(i -> i == null ? null : new NewEvent.Item(i.startsAt(), i.title())).toList(),
                targets(r.metrics()), r.coOrganiserIds(), r.clonedFrom());
        long id = events.plan(actor, event);
        return ResponseEntity.created(URI.create("/api/v1/events/" + id)).body(Map.of("id", id));
    }

    @GetMapping
    @Operation(summary = "Events (paged), newest first; owner is an id or 'me', from/to bound the dates")
    PageResult<EventListItem> list(Actor actor, @RequestParam(required = false) String owner,
                                   @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                                   @ParameterObject Paging paging) {
        Long ownerId = null;
        if (owner != null && !owner.isBlank()) {
            if ("me".equals(owner)) {
                ownerId = actor.personId();
            } else {
                try {
                    ownerId = Long.parseLong(owner);
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(List.of(new FieldProblem("owner", "event.owner.invalid")));
                }
            }
        }
        return queries.list(ownerId, from, to, paging.number(), paging.limit());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One event")
    EventView get(@PathVariable long id) {
        return EventView.of(events.find(id));
    }

    @PutMapping("/{id}/metrics")
    @Operation(summary = "Revise the metrics, until a budget for the event is approved")
    EventView reviseMetrics(@PathVariable long id, Actor actor, @RequestBody List<MetricRequest> metrics) {
        events.reviseMetrics(actor, id, targets(metrics));
        return EventView.of(events.find(id));
    }

    @PostMapping("/{id}/outcomes")
    @Operation(summary = "After the event: actual attendance and each metric's outcome")
    EventView outcomes(@PathVariable long id, Actor actor, @RequestBody OutcomesRequest r) {
        events.recordOutcomes(actor, id, new EventOutcomes(r.actualAttendance(), r.metrics() == null ? List.of()
                : r.metrics().stream().map(o -> o == null ? new EventOutcomes.Outcome(null, false) : new EventOutcomes.Outcome(o.actual(), Boolean.TRUE.equals(o.reached()))).toList()));
        return EventView.of(events.find(id));
    }

    private static List<NewEvent.Target> targets(List<MetricRequest> metrics) {
        return metrics == null ? List.of() : metrics.stream().map(m -> m == null ? null : new NewEvent.Target(m.name(), m.expected())).toList();
    }
}
