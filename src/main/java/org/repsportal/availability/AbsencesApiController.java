package org.repsportal.availability;

import org.springdoc.core.annotations.ParameterObject;
import org.repsportal.platform.Paging;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.NotFoundException;
import org.repsportal.platform.PageResult;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/absences")
@Tag(name = "Absences", description = "When people are away, whom to contact instead, and the auto-reply")
class AbsencesApiController {

    /** Dates {@code YYYY-MM-DD}, both inclusive. */
    record AbsenceRequest(String from, String to, Long delegateId, String reason, String autoReply,
                          Boolean reassignmentRequested, String plan) {
    }

    private final Absences absences;
    private final AbsenceQueries queries;
    private final People people;
    private final MessageSource messages;

    AbsencesApiController(Absences absences, AbsenceQueries queries, People people, MessageSource messages) {
        this.absences = absences;
        this.queries = queries;
        this.people = people;
        this.messages = messages;
    }

    @PostMapping
    @Operation(summary = "Declare an absence of the caller")
    ResponseEntity<AbsenceItem> declare(Actor actor, @RequestBody AbsenceRequest request) {
        long id = absences.declare(actor, toAbsence(request));
        return ResponseEntity.created(URI.create("/api/v1/absences/" + id)).body(one(actor, id));
    }

    @GetMapping
    @Operation(summary = "A person's absences, newest first (the reason only to the person themselves)")
    PageResult<AbsenceItem> list(Actor actor, @RequestParam long person, @ParameterObject Paging paging) {
        people.find(person).orElseThrow(() -> new NotFoundException("Person", person));
        return queries.of(actor, person, paging.number(), paging.limit());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One absence")
    AbsenceItem get(@PathVariable long id, Actor actor) {
        return one(actor, id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change one of the caller's absences that is not over")
    AbsenceItem change(@PathVariable long id, Actor actor, @RequestBody AbsenceRequest request) {
        absences.change(actor, id, toAbsence(request));
        return one(actor, id);
    }

    @PostMapping("/{id}/end")
    @Operation(summary = "Cancel an absence that has not begun, or come back early from one that has")
    AbsenceItem end(@PathVariable long id, Actor actor) {
        absences.end(actor, id);
        return one(actor, id);
    }

    /** Invalid input answers 422 naming each field, as the absence form shows it. */
    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, "The request has invalid fields.");
        problem.setTitle("Invalid input");
        problem.setProperty("errors", ex.problems().stream()
                .map(p -> Map.of("field", p.field(), "message",
                        messages.getMessage(p.messageKey(), null, p.messageKey(), LocaleContextHolder.getLocale())))
                .toList());
        return ResponseEntity.unprocessableContent().body(problem);
    }

    private AbsenceItem one(Actor actor, long id) {
        return queries.one(actor, id).orElseThrow(() -> new NotFoundException("Absence", id));
    }

    private static NewAbsence toAbsence(AbsenceRequest request) {
        var problems = new ArrayList<FieldProblem>();
        LocalDate from = date(request.from(), "from", problems);
        LocalDate to = date(request.to(), "to", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new NewAbsence(from, to, request.delegateId(), request.reason(), request.autoReply(),
                Boolean.TRUE.equals(request.reassignmentRequested()), request.plan());
    }

    private static LocalDate date(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "absence.date.invalid"));
            return null;
        }
    }
}
