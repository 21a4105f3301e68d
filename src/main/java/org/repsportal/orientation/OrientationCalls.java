package org.repsportal.orientation;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.people.PersonCard;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.IllegalTransitionException;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.NotFoundException;
import org.repsportal.tasks.TaskPriority;
import org.repsportal.tasks.TaskRequested;
import org.repsportal.tasks.TaskTitle;
import org.repsportal.tasks.TaskType;
import org.repsportal.platform.Texts;
import org.repsportal.platform.InputChecks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orientation calls: the Council schedules onboarding and training calls and invites new mentors (each
 * gets a mail with a calendar invitation and a task), then records who attended, which completes their
 * checklist step and closes the task.
 */
@Service
@Transactional
public class OrientationCalls {

    static final int MIN_CALL_MINUTES = 15;
    static final int MAX_CALL_MINUTES = 240;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final OrientationCallRepository calls;
    private final CallInvitationRepository invitations;
    private final OrientationQueries queries;
    private final Orientations orientations;
    private final CallCalendar calendar;
    private final OrientationMail mail;
    private final People people;
    private final OrientationProperties properties;
    private final Texts texts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrientationCalls(OrientationCallRepository calls, CallInvitationRepository invitations, OrientationQueries queries,
                     Orientations orientations, CallCalendar calendar, OrientationMail mail, People people,
                     OrientationProperties properties, Texts texts, ApplicationEventPublisher events, Clock clock) {
        this.calls = calls;
        this.invitations = invitations;
        this.queries = queries;
        this.orientations = orientations;
        this.calendar = calendar;
        this.mail = mail;
        this.people = people;
        this.properties = properties;
        this.texts = texts;
        this.events = events;
        this.clock = clock;
    }

    /** A Council member schedules a call in the future and invites new mentors to it. */
    public OrientationCall schedule(Actor actor, ScheduleCall request) {
        MentorNominationPolicy.mayDecide(actor).orForbid();
        var problems = new ArrayList<FieldProblem>();
        if (request.kind() == null) {
            problems.add(new FieldProblem("kind", "orientation.call.kind.required"));
        }
        if (request.date() == null) {
            problems.add(new FieldProblem("date", "orientation.call.date.required"));
        }
        if (request.time() == null) {
            problems.add(new FieldProblem("time", "orientation.call.time.required"));
        }
        ZoneId zone = zone(request.timeZone(), problems);
        ZonedDateTime start = null;
        if (request.date() != null && request.time() != null && zone != null) {
            start = ZonedDateTime.of(request.date(), request.time(), zone);
            if (!start.toInstant().isAfter(clock.instant())) {
                problems.add(new FieldProblem("date", "orientation.call.past"));
            }
        }
        int minutes = request.durationMinutes() == null ? properties.callMinutes() : request.durationMinutes();
        if (minutes < MIN_CALL_MINUTES || minutes > MAX_CALL_MINUTES) {
            problems.add(new FieldProblem("durationMinutes", "orientation.call.duration.range"));
        }
        if (request.link() == null || !InputChecks.isWebAddress(request.link().strip())) {
            problems.add(new FieldProblem("link", "orientation.call.link.invalid"));
        }
        if (request.notes() != null && request.notes().strip().length() > Orientations.MAX_TEXT) {
            problems.add(new FieldProblem("notes", "orientation.text.long"));
        }
        checkInvitees(request.inviteeIds(), true, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String notes = request.notes() == null || request.notes().isBlank() ? null : request.notes().strip();
        OrientationCall call = calls.save(new OrientationCall(request.kind(), start, minutes, request.link().strip(), notes,
                actor.personId(), clock.instant()));
        invite(call, request.inviteeIds());
        return call;
    }

    /** A Council member invites more new mentors to a call that has not started; those already invited stay. */
    public List<Long> invite(Actor actor, long callId, List<Long> personIds) {
        MentorNominationPolicy.mayDecide(actor).orForbid();
        OrientationCall call = get(callId);
        if (call.hasStartedAt(clock.instant())) {
            throw new IllegalTransitionException("orientation.call.started");
        }
        var problems = new ArrayList<FieldProblem>();
        checkInvitees(personIds, true, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return invite(call, personIds);
    }

    /**
     * A Council member records whether an invitee attended a call that has started. Attending completes
     * the call's checklist step; either way the invitee's task for the call closes. Who may is decided before
     * anything of the request is looked at: anyone else is refused whatever they sent.
     */
    public CallInvitation recordAttendance(Actor actor, long callId, Long personId, Boolean attended) {
        MentorNominationPolicy.mayDecide(actor).orForbid();
        OrientationCall call = get(callId);
        if (personId == null || attended == null) {
            throw new InvalidInputException(List.of(new FieldProblem(personId == null ? "personId" : "attended",
                    "orientation.attendance.required")));
        }
        if (!call.hasStartedAt(clock.instant())) {
            throw new IllegalTransitionException("orientation.call.not-yet");
        }
        CallInvitation invitation = invitations.findByCallAndPerson(callId, personId)
                .orElseThrow(() -> new NotFoundException("Invitation to call " + callId + " of person", personId));
        CallAttendanceRecorded recorded = invitation.recordAttendance(attended, actor.personId(), clock.instant());
        if (attended) {
            orientations.callAttended(personId, call.getKind().step(), actor.personId(),
                    texts.get("orientation.step.detail.call", WHEN.format(call.start()), call.getTimeZone()));
        }
        events.publishEvent(recorded);
        return invitations.save(invitation);
    }

    @Transactional(readOnly = true)
    public OrientationCall get(long callId) {
        return calls.findById(callId).orElseThrow(() -> new NotFoundException("Orientation call", callId));
    }

    /** A call is seen by the Council and by those invited to it. */
    @Transactional(readOnly = true)
    public OrientationCall get(Actor actor, long callId) {
        OrientationCall call = get(callId);
        if (!MentorNominationPolicy.mayDecide(actor).allowed() && invitations.findByCallAndPerson(callId, actor.personId()).isEmpty()) {
            throw new NotFoundException("Orientation call", callId);
        }
        return call;
    }

    /** The actor's own calendar invitation to a call they are invited to (or, for the Council, organizer's copy). */
    @Transactional(readOnly = true)
    public byte[] invitationFor(Actor actor, long callId) {
        OrientationCall call = get(actor, callId);
        Map<Long, PersonCard> cards = cards(List.of(actor.personId(), call.getOrganizerId()));
        return calendar.invitation(call, summary(call), description(call), cards.get(call.getOrganizerId()),
                cards.get(actor.personId()), clock.instant());
    }

    private List<Long> invite(OrientationCall call, List<Long> personIds) {
        Set<Long> already = invitations.findByCall(call.getId()).stream().map(CallInvitation::getPersonId)
                .collect(Collectors.toSet());
        var fresh = new LinkedHashSet<>(personIds);
        fresh.removeAll(already);
        if (fresh.isEmpty()) {
            return List.of();
        }
        var ids = new ArrayList<Long>(fresh);
        ids.add(call.getOrganizerId());
        Map<Long, PersonCard> cards = cards(ids);
        PersonCard organizer = cards.get(call.getOrganizerId());
        Instant now = clock.instant();
        TaskTitle title = TaskTitle.of("orientation.task.call", TaskTitle.message("orientation.call.kind.lower." + call.getKind()),
                WHEN.format(call.start()), call.getTimeZone());
        for (long personId : fresh) {
            invitations.save(new CallInvitation(call.getId(), personId, now));
            events.publishEvent(new TaskRequested(TaskType.ORIENTATION, title, personId, personId, TaskPriority.NORMAL,
                    call.start().toLocalDate(), taskRef(call, personId), Set.of(call.getOrganizerId())));
            PersonCard invitee = cards.get(personId);
            mail.callInvitation(call, invitee, organizer,
                    calendar.invitation(call, summary(call), description(call), organizer, invitee, now));
        }
        return List.copyOf(fresh);
    }

    private void checkInvitees(List<Long> personIds, boolean required, List<FieldProblem> problems) {
        if (personIds == null || personIds.isEmpty()) {
            if (required) {
                problems.add(new FieldProblem("inviteeIds", "orientation.call.invitees.required"));
            }
            return;
        }
        if (!queries.inOrientationAmong(personIds).containsAll(personIds)) {
            problems.add(new FieldProblem("inviteeIds", "orientation.call.invitees.not-in-orientation"));
        }
    }

    private Map<Long, PersonCard> cards(Collection<Long> ids) {
        return people.cards(ids).stream().collect(Collectors.toMap(PersonCard::id, Function.identity()));
    }

    private String summary(OrientationCall call) {
        return texts.get("orientation.call.summary", texts.get("orientation.call.kind." + call.getKind()));
    }

    private String description(OrientationCall call) {
        String about = texts.get("orientation.call.about." + call.getKind());
        return call.getNotes() == null ? about + "\n\n" + call.getLink() : about + "\n\n" + call.getNotes() + "\n\n" + call.getLink();
    }

    static String taskRef(OrientationCall call, long personId) {
        return taskRef(call.getId(), personId);
    }

    static String taskRef(long callId, long personId) {
        return "orientation-call:" + callId + ":" + personId;
    }

    private static ZoneId zone(String timeZone, List<FieldProblem> problems) {
        if (timeZone == null || timeZone.isBlank()) {
            problems.add(new FieldProblem("timeZone", "orientation.call.timeZone.invalid"));
            return null;
        }
        try {
            ZoneId zone = ZoneId.of(timeZone.strip());
            if (!ZoneId.getAvailableZoneIds().contains(zone.getId())) {
                problems.add(new FieldProblem("timeZone", "orientation.call.timeZone.invalid"));
                return null;
            }
            return zone;
        } catch (DateTimeException e) {
            problems.add(new FieldProblem("timeZone", "orientation.call.timeZone.invalid"));
            return null;
        }
    }
}
