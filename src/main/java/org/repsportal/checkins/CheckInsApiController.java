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
        LocalDateTime at = null;
        if (request.scheduledFor() != null) {
            try {
                OffsetDateTime withOffset = OffsetDateTime.parse(request.scheduledFor());
                at = withOffset.atZoneSameInstant(java.time.ZoneId.of(zone)).toLocalDateTime();
            } catch (DateTimeParseException notWithOffset) {
                try {
                    at = LocalDateTime.parse(request.scheduledFor());
                } catch (DateTimeParseException e) {
                    throw new InvalidInputException(List.of(new FieldProblem("scheduledFor", "checkin.at.invalid")));
                }
            } catch (java.time.DateTimeException badZone) {
                throw new InvalidInputException(List.of(new FieldProblem("timeZone", "checkin.timeZone.unknown")));
            }
        }
        CheckIn checkIn = checkIns.plan(actor, new PlanCheckIn(request.menteeId(), at, zone, request.goals()));
        return ResponseEntity.created(URI.create("/checkins/" + checkIn.getId())).body(CheckInView.of(checkIn));
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
