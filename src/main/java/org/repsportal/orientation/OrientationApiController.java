package org.repsportal.orientation;

import org.springdoc.core.annotations.ParameterObject;
import org.repsportal.platform.Paging;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.repsportal.orientation.OrientationQueries.InOrientation;
import org.repsportal.people.Actor;
import org.repsportal.platform.PageResult;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/orientation")
@Tag(name = "Orientation", description = "Becoming a mentor: nominations, the orientation checklist and calls")
class OrientationApiController {

    record Step(String key, String title, boolean done, LocalDate doneOn, boolean selfService, Integer versionRead) {
    }

    record ChecklistView(long personId, OrientationState state, List<Step> steps, boolean complete, long currentMentees) {
    }

    record NominationRequest(Long personId, String reason) {
    }

    record Reason(String reason) {
    }

    record NominationView(long id, long personId, OrientationState state, MentorNominationKind kind, long nominatedBy,
                          boolean endorsed, String declineReason) {

        static NominationView of(Orientation o) {
            return new NominationView(o.getId(), o.getPersonId(), o.getState(), o.getNominationKind(), o.getNominatedBy(),
                    o.isEndorsed(), o.getDeclineReason());
        }
    }

    record CallRequest(CallKind kind, LocalDate date, LocalTime time, String timeZone, Integer durationMinutes, String link,
                       String notes, List<Long> inviteeIds) {
    }

    record CallView(long id, CallKind kind, Instant startsAt, String timeZone, int durationMinutes, String link) {

        static CallView of(OrientationCall c) {
            return new CallView(c.getId(), c.getKind(), c.getStartsAt(), c.getTimeZone(), c.getDurationMinutes(), c.getLink());
        }
    }

    record Attendance(Long personId, Boolean attended) {
    }

    record InOrientationItem(long personId, String displayName, LocalDate startedOn, long daysIn, int stepsDone, int steps,
                             String stuckOn) {

        static InOrientationItem of(InOrientation i) {
            return new InOrientationItem(i.personId(), i.displayName(), i.startedOn(), i.daysIn(), i.stepsDone(), i.steps(),
                    i.stuckOn() == null ? null : i.stuckOn().key());
        }
    }

    private final Orientations orientations;
    private final OrientationCalls calls;
    private final OrientationQueries queries;
    private final MessageSource messages;

    OrientationApiController(Orientations orientations, OrientationCalls calls, OrientationQueries queries,
                             MessageSource messages) {
        this.orientations = orientations;
        this.calls = calls;
        this.queries = queries;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "The caller's orientation checklist (404 when they have none)")
    ChecklistView mine(Actor actor) {
        return view(orientations.checklist(actor));
    }

    @PostMapping("/steps/{key}/complete")
    @Operation(summary = "Mark a self-service step done; done again changes nothing; steps that need a witness are 403")
    ChecklistView complete(@PathVariable String key, Actor actor) {
        return view(orientations.completeStep(actor, key));
    }

    @PostMapping("/nominations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Nominate a Rep as mentor (yourself, a mentee, or as Council any Rep)")
    ResponseEntity<NominationView> nominate(Actor actor, @RequestBody NominationRequest request) {
        Orientation o = orientations.nominate(actor, request.personId() == null ? actor.personId() : request.personId(),
                request.reason());
        return ResponseEntity.created(URI.create("/orientation/nominations/" + o.getId())).body(NominationView.of(o));
    }

    @PostMapping("/nominations/{id}/endorse")
    @Operation(summary = "Endorse a mentee's self-nomination (their mentor)")
    NominationView endorse(@PathVariable long id, Actor actor) {
        return NominationView.of(orientations.endorse(actor, id));
    }

    @PostMapping("/nominations/{id}/appoint")
    @Operation(summary = "Appoint the nominee as mentor (Council); orientation starts")
    NominationView appoint(@PathVariable long id, Actor actor) {
        return NominationView.of(orientations.appoint(actor, id));
    }

    @PostMapping("/nominations/{id}/decline")
    @Operation(summary = "Decline a nomination with a reason (Council)")
    NominationView decline(@PathVariable long id, Actor actor, @RequestBody(required = false) Reason reason) {
        return NominationView.of(orientations.decline(actor, id, reason == null ? null : reason.reason()));
    }

    @GetMapping("/in-progress")
    @Operation(summary = "Who is in orientation, for how long, and the first step not done (Council)")
    PageResult<InOrientationItem> inProgress(Actor actor, @ParameterObject Paging paging) {
        return queries.inOrientation(actor, paging.number(), paging.limit()).map(InOrientationItem::of);
    }

    @PostMapping("/calls")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Schedule an onboarding or training call and invite new mentors (Council)")
    ResponseEntity<CallView> schedule(Actor actor, @RequestBody CallRequest request) {
        OrientationCall call = calls.schedule(actor, new ScheduleCall(request.kind(), request.date(), request.time(),
                request.timeZone(), request.durationMinutes(), request.link(), request.notes(), request.inviteeIds()));
        return ResponseEntity.created(URI.create("/orientation/calls/" + call.getId())).body(CallView.of(call));
    }

    @PostMapping("/calls/{id}/attendance")
    @Operation(summary = "Record whether an invitee attended a call (Council)")
    CallView attendance(@PathVariable long id, Actor actor, @RequestBody(required = false) Attendance attendance) {
        // the service decides who may before it looks at the body
        calls.recordAttendance(actor, id, attendance == null ? null : attendance.personId(),
                attendance == null ? null : attendance.attended());
        return CallView.of(calls.get(id));
    }

    private ChecklistView view(Checklist checklist) {
        var locale = LocaleContextHolder.getLocale();
        List<Step> steps = checklist.steps().stream()
                .map(s -> new Step(s.key(), messages.getMessage("orientation.step." + s.key() + ".title", null, locale),
                        s.done(), s.doneOn(), s.step().selfService(), s.sopVersion()))
                .toList();
        return new ChecklistView(checklist.personId(), checklist.state(), steps, checklist.complete(), checklist.currentMentees());
    }
}
