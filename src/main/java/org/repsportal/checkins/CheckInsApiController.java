package org.repsportal.checkins;

import org.repsportal.platform.CommentText;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/checkins")
@Tag(name = "Check-ins", description = "Goal-driven check-ins between mentors and mentees")
class CheckInsApiController {

    /** {@code scheduledFor} is an ISO date-time, with an offset or local to {@code timeZone} (default: the mentor's). */
    record PlanRequest(@NotNull Long menteeId, @NotBlank String scheduledFor, String timeZone,
                       @NotEmpty List<@Size(max = CheckIns.MAX_TEXT) String> goals) {
    }

    /** {@code scheduledFor} as in planning; {@code timeZone} defaults to the check-in's own. */
    record MoveRequest(@NotBlank String scheduledFor, String timeZone) {
    }

    /**
     * A check-in that already happened: {@code heldOn} an ISO date not after today, {@code time} (HH:mm) if known,
     * {@code timeZone} (default: the mentor's).
     */
    record HeldRequest(@NotNull Long menteeId, @NotBlank String heldOn, String time, String timeZone,
                       @NotEmpty List<@Size(max = CheckIns.MAX_TEXT) String> goals,
                       @NotBlank @Size(max = CommentText.MAX_LENGTH) String notes,
                       List<@Size(max = CheckIns.MAX_TEXT) String> followUps) {
    }

    record NotesRequest(@NotBlank @Size(max = CommentText.MAX_LENGTH) String notes,
                        List<@Size(max = CheckIns.MAX_TEXT) String> followUps) {
    }

    record CheckInView(long id, long mentorId, long menteeId, String scheduledFor, String timeZone, CheckInStatus status,
                       List<String> goals, String notes, List<String> followUps, LocalDate heldOn, String menteeFeedback,
                       Long offeredTo) {

        static CheckInView of(CheckIn c) {
            return new CheckInView(c.getId(), c.getMentorId(), c.getMenteeId(), c.getScheduledAt().toString(), c.getTimeZone(),
                    c.getStatus(), c.getGoals(), c.getNotes(), c.getFollowUps(), c.getHeldOn(), c.getMenteeFeedback(),
                    c.getOfferedTo());
        }
    }

    private final CheckIns checkIns;
    private final People people;

    CheckInsApiController(CheckIns checkIns, People people) {
        this.checkIns = checkIns;
        this.people = people;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan a check-in with a current mentee; at least one goal")
    ResponseEntity<CheckInView> plan(Actor actor, @RequestBody PlanRequest request) {
        String zone = request.timeZone() != null ? request.timeZone() : people.get(actor.personId()).getTimeZone();
        LocalDateTime at = localTime(request.scheduledFor(), zone);
        CheckIn checkIn = checkIns.plan(actor, new PlanCheckIn(request.menteeId(), at, zone, request.goals()));
        return ResponseEntity.created(URI.create("/checkins/" + checkIn.getId())).body(CheckInView.of(checkIn));
    }

    @PostMapping("/held")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Log a check-in that already happened with a current mentee (not a day to come): it counts as held "
            + "on heldOn; at least one goal, the notes, follow-ups become tasks")
    ResponseEntity<CheckInView> logHeld(Actor actor, @RequestBody HeldRequest request) {
        String zone = request.timeZone() != null ? request.timeZone() : people.get(actor.personId()).getTimeZone();
        LocalDate on = null;
        java.time.LocalTime time = null;
        if (request.heldOn() != null) {
            try {
                on = LocalDate.parse(request.heldOn());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(List.of(new FieldProblem("heldOn", "checkin.log.date.invalid")));
            }
        }
        if (request.time() != null && !request.time().isBlank()) {
            try {
                time = java.time.LocalTime.parse(request.time());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(List.of(new FieldProblem("time", "checkin.log.time.invalid")));
            }
        }
        try {
            CheckIn checkIn = checkIns.logHeld(actor, new HeldCheckIn(request.menteeId(), on, time, zone, request.goals(),
                    request.notes(), request.followUps()));
            return ResponseEntity.created(URI.create("/checkins/" + checkIn.getId())).body(CheckInView.of(checkIn));
        } catch (InvalidInputException e) {
            // the day is heldOn here
            throw new InvalidInputException(e.problems().stream()
                    .map(p -> p.field().equals("on") ? new FieldProblem("heldOn", p.messageKey()) : p).toList());
        }
    }

    @PostMapping("/{id}/move")
    @Operation(summary = "The mentor moves a planned check-in to another time (not in the past); the mentee gets the "
            + "updated calendar invitation")
    CheckInView move(@PathVariable long id, Actor actor, @RequestBody MoveRequest request) {
        String zone = request.timeZone() != null ? request.timeZone() : checkIns.get(actor, id).getTimeZone();
        try {
            return CheckInView.of(checkIns.move(actor, id, localTime(request.scheduledFor(), zone), zone));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.problems().stream()
                    .map(p -> p.field().equals("at") ? new FieldProblem("scheduledFor", p.messageKey()) : p).toList());
        }
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "The mentor cancels a planned check-in; the mentee gets the calendar's cancellation")
    CheckInView cancel(@PathVariable long id, Actor actor) {
        return CheckInView.of(checkIns.cancel(actor, id));
    }

    /** An ISO date-time with an offset (turned into the zone's local time) or local to the zone; null stays null. */
    private static LocalDateTime localTime(String text, String zone) {
        if (text == null) {
            return null;
        }
        try {
            OffsetDateTime withOffset = OffsetDateTime.parse(text);
            return withOffset.atZoneSameInstant(java.time.ZoneId.of(zone)).toLocalDateTime();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(text);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(List.of(new FieldProblem("scheduledFor", "checkin.at.invalid")));
            }
        } catch (java.time.DateTimeException badZone) {
            throw new InvalidInputException(List.of(new FieldProblem("timeZone", "checkin.timeZone.unknown")));
        }
    }

    @GetMapping("/{id}")
    @Operation(summary = "One check-in, for its mentor and mentee")
    CheckInView get(@PathVariable long id, Actor actor) {
        return CheckInView.of(checkIns.get(actor, id));
    }

    @PostMapping("/{id}/notes")
    @Operation(summary = "Notes after the check-in; each follow-up becomes a task")
    CheckInView notes(@PathVariable long id, Actor actor, @RequestBody NotesRequest request) {
        return CheckInView.of(checkIns.recordNotes(actor, id, new CheckInNotes(request.notes(), request.followUps())));
    }

    @PostMapping("/{id}/take-over")
    @Operation(summary = "The new mentor takes over a check-in their mentee's former mentor planned (same time, same goals)")
    CheckInView takeOver(@PathVariable long id, Actor actor) {
        return CheckInView.of(checkIns.takeOver(actor, id));
    }

    @PostMapping("/{id}/let-go")
    @Operation(summary = "The new mentor lets such a check-in go: it is cancelled")
    CheckInView letGo(@PathVariable long id, Actor actor) {
        return CheckInView.of(checkIns.letGo(actor, id));
    }
}
