package org.repsportal.applications;

import org.springdoc.core.annotations.ParameterObject;
import org.repsportal.platform.Paging;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.repsportal.people.Actor;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.PageResult;
import org.repsportal.platform.RuleViolationException;
import org.repsportal.platform.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Applications", description = "Applying to the program, screening, interviews and decisions")
class ApplicationsApiController {

    record RefereeJson(String name, String email) {
    }

    record AnswersJson(String motivation, String contributions, String otherProjects, String goals, String mobilising) {
    }

    record ApplyRequest(String name, String email, String region, String country, String city, List<String> languages,
                        String timeZone, List<String> functionalAreas, Boolean adult, Integer monthsInvolved,
                        AnswersJson answers, List<String> links, List<RefereeJson> referees) {
    }

    record Created(long id, String state, String statusUrl) {
    }

    record QueueJson(long id, String name, String region, String state, String outcome, Instant submittedAt, long daysWaiting,
                     String interviewer, int referencesAnswered, int referees, boolean reapplying) {

        static QueueJson of(ApplicationQueries.QueueItem i) {
            return new QueueJson(i.id(), i.name(), i.regionCode(), i.state().name(), i.outcome() == null ? null : i.outcome().name(),
                    i.submittedAt(), i.daysWaiting(), i.interviewerName(), i.referencesAnswered(), i.referees(), i.reapplying());
        }
    }

    record Page<T>(List<T> items, int page, int size, long total) {
    }

    record ApplicationJson(long id, String state, String outcome, String name, String region, String country,
                           List<String> languages, String timeZone, List<String> functionalAreas, Long interviewerId,
                           String decisionReason, Long personId, Long mentorId) {

        static ApplicationJson of(Application a) {
            return new ApplicationJson(a.getId(), a.getState().name(), a.getOutcome() == null ? null : a.getOutcome().name(),
                    a.getName(), a.getRegionCode(), a.getCountryCode(), a.getLanguages(), a.getTimeZone(), a.getFunctionalAreas(),
                    a.getInterviewerId(), a.getDecisionReason(), a.getPersonId(), a.getMentorId());
        }
    }

    record InterviewerRequest(Long mentorId) {
    }

    record SlotsRequest(String timeZone, List<String> slots) {
    }

    record InterviewRequest(List<Integer> scores, List<String> notes, List<String> evidence, String recommendation,
                            String reason) {
    }

    record DecisionRequest(String outcome, String reason, String workOn, String reapplyAfter, Long mentorId,
                           String capacityOverride) {
    }

    record ScorecardJson(long id, long reviewerId, List<Integer> scores, String recommendation, String reason) {
    }

    private final Applications applications;
    private final ApplicationQueries queries;
    private final ApplicationViews views;
    private final ApplicationMail mail;
    private final Texts texts;

    ApplicationsApiController(Applications applications, ApplicationQueries queries, ApplicationViews views,
                              ApplicationMail mail, Texts texts) {
        this.applications = applications;
        this.queries = queries;
        this.views = views;
        this.mail = mail;
        this.texts = texts;
    }

    @PostMapping
    @Operation(summary = "Apply to the program (no account): 201 with the application UNCONFIRMED until its address is confirmed")
    ResponseEntity<Created> apply(@RequestBody(required = false) ApplyRequest body, HttpServletRequest request,
                                  java.util.Locale locale) {
        ApplyRequest r = body == null ? new ApplyRequest(null, null, null, null, null, null, null, null, null, null, null, null, null) : body;
        AnswersJson answers = r.answers() == null ? new AnswersJson(null, null, null, null, null) : r.answers();
        var referees = r.referees() == null ? List.<ApplicationRequest.RefereeRequest>of()
                : r.referees().stream().filter(x -> x != null).map(x -> new ApplicationRequest.RefereeRequest(x.name(), x.email())).toList();
        Applications.Applied applied = applications.apply(new ApplicationRequest(r.name(), r.email(), r.region(), r.country(), r.city(),
                r.languages(), r.timeZone(), r.functionalAreas(), r.adult(), r.monthsInvolved(),
                new Answers(answers.motivation(), answers.contributions(), answers.otherProjects(), answers.goals(), answers.mobilising()),
                r.links(), referees), request.getRemoteAddr(), locale);
        Application a = applied.application();
        var created = new Created(a.getId(), a.getState().name(), mail.statusUrl(a));
        return applied.created() ? ResponseEntity.created(URI.create(created.statusUrl())).body(created) : ResponseEntity.ok(created);
    }

    @GetMapping
    @Operation(summary = "The Council's queue, the longest waiting first")
    Page<QueueJson> queue(Actor actor, @RequestParam(required = false) ApplicationState state,
                          @ParameterObject Paging paging) {
        var states = state != null ? EnumSet.of(state)
                : EnumSet.of(ApplicationState.SUBMITTED, ApplicationState.SCREENING, ApplicationState.INTERVIEW);
        PageResult<ApplicationQueries.QueueItem> result = queries.queue(actor, states, paging.number(), paging.limit());
        return new Page<>(result.items().stream().map(QueueJson::of).toList(), result.page(), result.size(), result.total());
    }

    @GetMapping("/funnel")
    @Operation(summary = "Counts and median days per stage over the last six months, and who waits longest")
    ApplicationQueries.Funnel funnel(Actor actor) {
        return queries.funnel(actor, ApplicationController.FUNNEL_MONTHS);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One application, for the Council, its interviewer and reviewers")
    ApplicationJson get(Actor actor, @PathVariable long id) {
        return ApplicationJson.of(applications.get(actor, id));
    }

    @GetMapping("/{id}/suggestions")
    @Operation(summary = "Mentors ranked to interview the applicant, with the reasons")
    Map<String, Object> suggestions(Actor actor, @PathVariable long id) {
        ApplicationAccessPolicy.mayScreen(actor).orForbid();
        return Map.of("items", views.suggestions(applications.get(actor, id)));
    }

    @PostMapping("/{id}/interviewer")
    @Operation(summary = "Assign the interviewing mentor (Council)")
    ApplicationJson interviewer(Actor actor, @PathVariable long id, @RequestBody(required = false) InterviewerRequest body) {
        return ApplicationJson.of(applications.assignInterviewer(actor, id, body == null ? null : body.mentorId()));
    }

    @PostMapping("/{id}/slots")
    @Operation(summary = "Offer 2–5 interview times, local YYYY-MM-DDTHH:mm in timeZone (the interviewer)")
    ApplicationJson slots(Actor actor, @PathVariable long id, @RequestBody(required = false) SlotsRequest body) {
        var offered = new ArrayList<Applications.SlotRequest>();
        if (body != null && body.slots() != null) {
            for (String s : body.slots()) {
                try {
                    offered.add(new Applications.SlotRequest(s == null ? null : LocalDateTime.parse(s), body.timeZone()));
                } catch (DateTimeParseException e) {
                    throw new InvalidInputException(List.of(new FieldProblem("slots", "application.slots.invalid")));
                }
            }
        }
        return ApplicationJson.of(applications.offerSlots(actor, id, offered));
    }

    @PostMapping("/{id}/interview")
    @Operation(summary = "Record a structured interview: a score 1–4 and a note per criterion, evidence, a recommendation")
    ResponseEntity<ScorecardJson> interview(Actor actor, @PathVariable long id, @RequestBody(required = false) InterviewRequest body) {
        InterviewRequest r = body == null ? new InterviewRequest(null, null, null, null, null) : body;
        Scorecard card = applications.recordInterview(actor, id, new InterviewRecord(r.scores(), r.notes(), r.evidence(),
                ApplicationController.outcome(r.recommendation()), r.reason()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new ScorecardJson(card.getId(), card.getReviewerId(), card.getScores(),
                card.getRecommendation().name(), card.getReason()));
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "Decide: ACCEPTED, NOT_YET (with workOn and reapplyAfter) or REJECTED, always with a reason; an accepted "
            + "applicant's mentor is mentorId (default the interviewer), beyond their capacity only with a Council member's capacityOverride")
    ApplicationJson decide(Actor actor, @PathVariable long id, @RequestBody(required = false) DecisionRequest body) {
        DecisionRequest r = body == null ? new DecisionRequest(null, null, null, null, null, null) : body;
        LocalDate reapply = null;
        if (r.reapplyAfter() != null && !r.reapplyAfter().isBlank()) {
            try {
                reapply = LocalDate.parse(r.reapplyAfter());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(List.of(new FieldProblem("reapplyAfter", "application.decision.reapply")));
            }
        }
        return ApplicationJson.of(applications.decide(actor, id, ApplicationController.outcome(r.outcome()), r.reason(), r.workOn(),
                reapply, r.mentorId(), r.capacityOverride()));
    }

    /** Invalid or ineligible applications answer 422 naming the fields, as the contract says. */
    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, "The request has invalid fields.");
        problem.setTitle("Invalid input");
        problem.setProperty("errors", e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", texts.get(p.messageKey()))).toList());
        return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Too many applications from one address or client answer 429. */
    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<ProblemDetail> refused(RuleViolationException e) {
        HttpStatus status = e.reasonKey().startsWith("application.rate.") ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, texts.get(e.reasonKey()));
        problem.setTitle(status.getReasonPhrase());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
