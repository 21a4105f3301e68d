package org.repsportal.budgets;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.repsportal.people.Actor;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.InvalidInputException;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/budgets")
@Tag(name = "Budgets", description = "Budget requests, the mentor's review, the Council's decision and vote, receipts")
class BudgetsApiController {

    /** Amounts arrive as JSON strings or numbers; both are read as exact decimal text. */
    record LineRequest(String category, String description, JsonNode quantity, JsonNode unitCost) {
    }

    record BudgetRequestBody(Long eventId, String currency, List<LineRequest> lines, String savingsSought,
                             String noSavingsReason, String travelReason) {

        NewBudget toNewBudget() {
            return new NewBudget(eventId, currency, lines == null ? List.of() : lines.stream().map(l -> l == null ? null
                    : new NewBudget.Line(l.category(), l.description(), text(l.quantity()), text(l.unitCost()))).toList(),
                    savingsSought, noSavingsReason, travelReason);
        }
    }

    record MarkRequest(String verdict, String note) {
    }

    record ReviewRequest(Map<String, MarkRequest> points, String rationale, String action) {
    }

    record DecisionRequest(String outcome, JsonNode amount, String reason) {
    }

    record ExceptionRequest(String reason) {
    }

    record LineView(LineCategory category, String description, BigDecimal quantity, BigDecimal unitCost, BigDecimal amount) {
    }

    record HistoryView(Instant at, Long actorId, String action, BigDecimal amount, String note) {
    }

    record BudgetView(long id, long eventId, long requesterId, Long mentorId, BudgetState state, String currency,
                      BigDecimal total, String thresholdCurrency, BigDecimal totalInThresholdCurrency, BigDecimal exchangeRate,
                      Map<LineCategory, BigDecimal> totalsByCategory, BigDecimal totalPerAttendee, List<LineView> lines,
                      String savingsSought, String noSavingsReason, String travelReason, BigDecimal approvedAmount,
                      String route, Instant votingStartsAt, Instant voteEndsAt, List<HistoryView> history,
                      List<CommentView> discussion) {

        static BudgetView of(BudgetRequest r, ExchangeRates rates, List<Discussion.Comment> comments) {
            return new BudgetView(r.getId(), r.getEventId(), r.getRequesterId(), r.getMentorId(), r.getState(), r.getCurrency(),
                    r.getTotal(), rates.thresholdCurrency(), rates.toThresholdCurrency(r.getTotal(), r.getCurrency()).orElse(null),
                    rates.rate(r.getCurrency()), r.totalsByCategory(), r.perAttendee(r.getTotal()),
                    r.getLines().stream().map(l -> new LineView(l.category(), l.description(), l.quantity(), l.unitCost(), l.amount())).toList(),
                    r.getSavingsSought(), r.getNoSavingsReason(), r.getTravelReason(), r.getApprovedAmount(),
                    r.getRoute() == null ? null : r.getRoute().name(), r.getVotingStartsAt(), r.getVoteEndsAt(),
                    r.getHistory().stream().map(h -> new HistoryView(h.at(), h.actorId(), h.action(), h.amount(), h.note())).toList(),
                    comments.stream().map(c -> new CommentView(c.id(), c.authorId(), c.body(), c.at())).toList());
        }
    }

    record Created(long id, BudgetState state, BigDecimal total) {
    }

    record CommentRequest(String body) {
    }

    record CommentView(long id, long authorId, String body, Instant at) {
    }

    private final Budgets budgets;
    private final ReviewEvidence evidence;
    private final Receipts receipts;
    private final Discussion discussion;

    BudgetsApiController(Budgets budgets, ReviewEvidence evidence, Receipts receipts, Discussion discussion) {
        this.budgets = budgets;
        this.discussion = discussion;
        this.evidence = evidence;
        this.receipts = receipts;
    }

    @PostMapping
    @Operation(summary = "Draft a budget request on one of the caller's events")
    ResponseEntity<Created> create(Actor actor, @RequestBody BudgetRequestBody body) {
        long id = budgets.draft(actor, body.toNewBudget());
        BudgetRequest r = budgets.find(id);
        return ResponseEntity.created(URI.create("/api/v1/budgets/" + id)).body(new Created(id, r.getState(), r.getTotal()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One request with its totals, whole history and the Council's discussion")
    BudgetView get(@PathVariable long id, Actor actor) {
        return BudgetView.of(budgets.get(actor, id), budgets.rates(), discussion.of(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Revise a draft or a request sent back for changes")
    BudgetView revise(@PathVariable long id, Actor actor, @RequestBody BudgetRequestBody body) {
        budgets.revise(actor, id, body.toNewBudget());
        return get(id, actor);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "File the request: at least 3 weeks before the event unless the Council recorded an exception")
    BudgetView submit(@PathVariable long id, Actor actor) {
        budgets.submit(actor, id);
        return get(id, actor);
    }

    @PostMapping("/{id}/lead-time-exception")
    @Operation(summary = "Council: let a late request be filed, for a reason")
    BudgetView exception(@PathVariable long id, Actor actor, @RequestBody ExceptionRequest body) {
        budgets.grantLeadTimeException(actor, id, body.reason());
        return get(id, actor);
    }

    @GetMapping("/{id}/review")
    @Operation(summary = "The mentor's review sheet: the SOP's six points with the portal's evidence and flags")
    ReviewSheet review(@PathVariable long id, Actor actor) {
        return evidence.sheetFor(budgets.get(actor, id));
    }

    @PostMapping("/{id}/mentor-review")
    @Operation(summary = "The mentor marks each point ok or concern, writes a rationale, and passes on (action=pass) or sends back (action=send-back)")
    BudgetView mentorReview(@PathVariable long id, Actor actor, @RequestBody ReviewRequest body) {
        budgets.mayReview(actor, id);
        var marks = new EnumMap<ReviewPoint, MentorReview.Mark>(ReviewPoint.class);
        if (body.points() != null) {
            body.points().forEach((key, mark) -> {
                ReviewPoint point = parse(ReviewPoint.class, key, "points");
                marks.put(point, new MentorReview.Mark(mark == null ? null : parse(Verdict.class, mark.verdict(), "points." + key), mark == null ? null : mark.note()));
            });
        }
        boolean passOn;
        if ("pass".equals(body.action())) {
            passOn = true;
        } else if ("send-back".equals(body.action())) {
            passOn = false;
        } else {
            throw new InvalidInputException(List.of(new FieldProblem("action", "budget.review.action")));
        }
        budgets.review(actor, id, new MentorReview(marks, body.rationale(), passOn));
        return get(id, actor);
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "Council: decide (under the threshold) or vote (from the threshold up); always with a reason")
    BudgetView decision(@PathVariable long id, Actor actor, @RequestBody DecisionRequest body) {
        var decision = new CouncilDecision(body.outcome() == null ? null : parse(Outcome.class, body.outcome(), "outcome"),
                text(body.amount()), body.reason());
        BudgetRequest request = budgets.find(id);
        if (request.getRoute() == Route.COUNCIL_VOTE) {
            budgets.vote(actor, id, decision);
        } else {
            budgets.decide(actor, id, decision);
        }
        return get(id, actor);
    }

    @PostMapping("/{id}/comments")
    @Operation(summary = "Council or the requester's mentor: a comment in the request's discussion")
    ResponseEntity<CommentView> comment(@PathVariable long id, Actor actor, @RequestBody CommentRequest body) {
        var c = discussion.comment(actor, id, body.body());
        return ResponseEntity.created(URI.create("/api/v1/budgets/" + id)).body(new CommentView(c.id(), c.authorId(), c.body(), c.at()));
    }

    @PostMapping(path = "/{id}/receipts", consumes = "multipart/form-data")
    @Operation(summary = "Upload a receipt (PDF, JPEG, PNG) with the amount it says was paid (amount, and currency, the request's by default), "
            + "or a photo (kind=PHOTO), at most 10 MB; the type is read from the content")
    ResponseEntity<Map<String, String>> upload(@PathVariable long id, Actor actor, @RequestPart("file") MultipartFile file,
                                               @RequestParam(defaultValue = "RECEIPT") String kind,
                                               @RequestParam(required = false) String amount,
                                               @RequestParam(required = false) String currency) throws IOException {
        Receipts.Kind k = parse(Receipts.Kind.class, kind, "kind");
        if (k != Receipts.Kind.RECEIPT && k != Receipts.Kind.PHOTO) {
            throw new InvalidInputException(List.of(new FieldProblem("kind", "budget.receipt.kind")));
        }
        String type = receipts.upload(actor, id, k, file.getOriginalFilename(), file.getSize(), file.getInputStream(), amount, currency);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("contentType", type));
    }

    @PostMapping("/{id}/receipts/statement")
    @Operation(summary = "A statement for a lost receipt, with the amount paid if known (amount, currency)")
    ResponseEntity<Void> statement(@PathVariable long id, Actor actor, @RequestBody Map<String, String> body) {
        receipts.write(actor, id, Receipts.Kind.STATEMENT, body.get("statement"), body.get("amount"), body.get("currency"));
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    @PostMapping("/{id}/receipts/report")
    @Operation(summary = "The short report after the event")
    ResponseEntity<Void> report(@PathVariable long id, Actor actor, @RequestBody Map<String, String> body) {
        receipts.write(actor, id, Receipts.Kind.REPORT, body.get("report"));
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    @PostMapping("/{id}/receipts/done")
    @Operation(summary = "The receipts are in; the request closes")
    BudgetView done(@PathVariable long id, Actor actor) {
        receipts.finish(actor, id);
        return get(id, actor);
    }

    @PostMapping("/waivers")
    @Operation(summary = "Council: let a Rep with overdue receipts file again until a day")
    ResponseEntity<Void> waiver(Actor actor, @RequestBody Map<String, String> body) {
        long person;
        LocalDate until;
        try {
            person = Long.parseLong(body.getOrDefault("personId", ""));
            until = LocalDate.parse(body.getOrDefault("until", ""));
        } catch (RuntimeException e) {
            throw new InvalidInputException(List.of(new FieldProblem("until", "budget.waiver.until")));
        }
        budgets.grantReceiptWaiver(actor, person, until, body.get("reason"));
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    @ExceptionHandler(Receipts.FileTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, "A file may be at most 10 MB.");
        problem.setTitle("File too large");
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }

    static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isValueNode()) {
            return "not a number"; // an object or a list where an amount belongs: refused as an invalid amount
        }
        return node.isNumber() ? node.decimalValue().toPlainString() : node.asString();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (RuntimeException e) {
            throw new InvalidInputException(List.of(new FieldProblem(field, "budget.value.unknown")));
        }
    }
}
