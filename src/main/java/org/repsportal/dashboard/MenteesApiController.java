package org.repsportal.dashboard;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.repsportal.people.Actor;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.PageResult;
import org.repsportal.reports.ActivityClass;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/mentees")
@Tag(name = "Mentees", description = "The mentor's dashboard data")
class MenteesApiController {

    record MenteeItem(long id, String displayName, LocalDate lastReportOn, int reportsLast4Weeks, int reportsLast8Weeks,
                      int currentStreakWeeks, ActivityClass activity, int openTasks, LocalDate lastCheckInOn,
                      LocalDate nextCheckInOn, boolean checkInOverdue) {

        static MenteeItem of(MenteeOverview m) {
            return new MenteeItem(m.id(), m.displayName(), m.lastReportOn(), m.reportsLast4Weeks(), m.reportsLast8Weeks(),
                    m.currentStreakWeeks(), m.activity(), m.openTasks(), m.lastCheckInOn(), m.nextCheckInOn(), m.checkInOverdue());
        }
    }

    /** {@code to} is a list of mentee ids or the word "all". */
    record MessageRequest(@Schema(description = "the ids of current mentees, or \"all\"") Object to,
                          @NotBlank @Size(max = MenteeMessages.MAX_SUBJECT) String subject,
                          @NotBlank @Size(max = MenteeMessages.MAX_BODY) String body) {

        MenteeMessage toMessage() {
            if (to instanceof String word && "all".equalsIgnoreCase(word.strip())) {
                return new MenteeMessage(List.of(), true, subject, body);
            }
            if (to instanceof List<?> ids && ids.stream().allMatch(Number.class::isInstance)) {
                return new MenteeMessage(ids.stream().map(id -> ((Number) id).longValue()).toList(), false, subject, body);
            }
            throw new InvalidInputException(List.of(new FieldProblem("to", "mentees.message.to.required")));
        }
    }

    record Queued(int queued) {
    }

    private final MentorDashboard dashboard;
    private final MenteeMessages messages;

    MenteesApiController(MentorDashboard dashboard, MenteeMessages messages) {
        this.dashboard = dashboard;
        this.messages = messages;
    }

    @PostMapping("/messages")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Email some (to: [ids]) or all (to: \"all\") current mentees; replies go to the mentor, who gets a copy")
    Queued email(Actor actor, @RequestBody MessageRequest request) {
        return new Queued(messages.send(actor, request.toMessage()).recipients());
    }

    @GetMapping
    @Operation(summary = "The caller's current mentees (or, for the Council and Admins, those of ?mentor=)")
    PageResult<MenteeItem> mentees(Actor actor, @RequestParam(required = false) Long mentor) {
        List<MenteeItem> items = dashboard.mentees(actor, mentor == null ? actor.personId() : mentor).stream()
                .map(MenteeItem::of).toList();
        return new PageResult<>(items, 0, Math.max(items.size(), 1), items.size());
    }
}
