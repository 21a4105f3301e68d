package org.repsportal.budgets;

import org.repsportal.platform.Paging;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.repsportal.events.EventFacts;
import org.repsportal.events.Events;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.people.Role;
import org.repsportal.platform.FormErrors;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.PageResult;
import org.repsportal.platform.RuleViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class BudgetController {

    private final Budgets budgets;
    private final BudgetQueries queries;
    private final ReviewEvidence evidence;
    private final Receipts receipts;
    private final Discussion discussion;
    private final Events events;
    private final People people;
    private final BudgetsProperties properties;
    private final Clock clock;

    BudgetController(Budgets budgets, BudgetQueries queries, ReviewEvidence evidence, Receipts receipts, Discussion discussion,
                     Events events, People people, BudgetsProperties properties, Clock clock) {
        this.budgets = budgets;
        this.discussion = discussion;
        this.queries = queries;
        this.evidence = evidence;
        this.receipts = receipts;
        this.events = events;
        this.people = people;
        this.properties = properties;
        this.clock = clock;
    }

    @InitBinder("budget")
    void budgetFields(WebDataBinder binder) {
        binder.setAllowedFields("eventId", "currency", "categories*", "descriptions*", "quantities*", "unitCosts*",
                "savingsSought", "noSavingsReason", "travelReason");
    }

    @InitBinder("decision")
    void decisionFields(WebDataBinder binder) {
        binder.setAllowedFields("outcome", "amount", "reason");
    }

    @InitBinder("exception")
    void exceptionFields(WebDataBinder binder) {
        binder.setAllowedFields("reason");
    }

    @InitBinder("upload")
    void uploadFields(WebDataBinder binder) {
        binder.setAllowedFields("file", "kind", "amount", "currency");
    }

    @InitBinder("note")
    void noteFields(WebDataBinder binder) {
        binder.setAllowedFields("kind", "text", "amount", "currency");
    }

    @InitBinder("comment")
    void commentFields(WebDataBinder binder) {
        binder.setAllowedFields("body");
    }

    @InitBinder("waiver")
    void waiverFields(WebDataBinder binder) {
        binder.setAllowedFields("personId", "until", "reason");
    }

    @InitBinder("review")
    void reviewFields(WebDataBinder binder) {
        binder.setAllowedFields("verdicts*", "notes*", "rationale");
    }

    @GetMapping("/budgets")
    String list(Actor actor, Paging paging, Model model) {
        var result = queries.involving(actor.personId(), paging.number(), PageResult.DEFAULT_SIZE);
        model.addAttribute("result", result);
        conversions(result.items(), model);
        return "budgets/list";
    }

    @GetMapping("/budgets/new")
    String newForm(Actor actor, @RequestParam long event, Model model) {
        var form = new BudgetForm();
        form.setEventId(event);
        form.setCurrency("EUR");
        model.addAttribute("budget", form);
        return showForm(event, null, model);
    }

    @PostMapping("/budgets")
    String create(Actor actor, @ModelAttribute("budget") BudgetForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (form.getEventId() == null) {
            // a request is always on an event: without one there is no form to show again
            throw new org.repsportal.platform.NotFoundException("Event", 0);
        }
        try {
            long id = budgets.draft(actor, form.toNewBudget());
            redirect.addFlashAttribute("flash", "budget.drafted");
            return "redirect:/budgets/" + id;
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result, field -> formFieldOf(form, field));
        } catch (RuleViolationException e) {
            result.reject(e.reasonKey());
        }
        return showForm(form.getEventId(), null, model);
    }

    @GetMapping("/budgets/{id}/edit")
    String editForm(@PathVariable long id, Actor actor, Model model) {
        BudgetRequest request = budgets.get(actor, id);
        if (!actor.is(request.getRequesterId())) {
            throw new org.repsportal.platform.ForbiddenException("policy.budgets.requester-only");
        }
        model.addAttribute("budget", BudgetForm.from(request));
        return showForm(request.getEventId(), id, model);
    }

    @PostMapping("/budgets/{id}")
    String revise(@PathVariable long id, Actor actor, @ModelAttribute("budget") BudgetForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        BudgetRequest request = budgets.get(actor, id);
        try {
            budgets.revise(actor, id, form.toNewBudget());
            redirect.addFlashAttribute("flash", "budget.revised");
            return "redirect:/budgets/" + id;
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result, field -> formFieldOf(form, field));
        }
        return showForm(request.getEventId(), id, model);
    }

    @GetMapping("/budgets/{id}")
    String show(@PathVariable long id, Actor actor, Model model) {
        BudgetRequest request = budgets.get(actor, id);
        model.addAttribute("request", request);
        model.addAttribute("event", events.facts(request.getEventId()));
        var rates = budgets.rates();
        model.addAttribute("thresholdCurrency", rates.thresholdCurrency());
        model.addAttribute("converted", rates.toThresholdCurrency(request.getTotal(), request.getCurrency()).orElse(null));
        model.addAttribute("rate", rates.rate(request.getCurrency()));
        model.addAttribute("totals", request.totalsByCategory());
        model.addAttribute("perAttendee", request.perAttendee(request.getTotal()));
        var ids = new ArrayList<Long>();
        ids.add(request.getRequesterId());
        if (request.getMentorId() != null) {
            ids.add(request.getMentorId());
        }
        request.getHistory().stream().map(HistoryEntry::actorId).filter(java.util.Objects::nonNull).forEach(ids::add);
        var comments = discussion.of(id);
        comments.forEach(c -> ids.add(c.authorId()));
        model.addAttribute("comments", comments);
        model.addAttribute("mayComment", DiscussionPolicy.mayComment(actor, request).allowed());
        model.addAttribute("names", people.summaries(ids));
        model.addAttribute("isRequester", actor.is(request.getRequesterId()));
        model.addAttribute("isMentor", request.getMentorId() != null && actor.is(request.getMentorId()));
        model.addAttribute("mayDecide", request.getState() == BudgetState.DECISION
                && ConflictOfInterestPolicy.mayDecide(actor, request.getRequesterId(), request.getMentorId()).allowed());
        model.addAttribute("isCouncil", actor.has(Role.COUNCIL));
        model.addAttribute("receipts", receipts.of(id));
        model.addAttribute("outcomes", Outcome.values());
        if (!model.containsAttribute("decision")) {
            model.addAttribute("decision", new RequestForms.DecisionForm());
        }
        if (!model.containsAttribute("exception")) {
            model.addAttribute("exception", new RequestForms.ExceptionForm());
        }
        offer(model, "upload", new RequestForms.UploadForm(), request.getCurrency());
        offer(model, "note", new RequestForms.NoteForm(), request.getCurrency());
        if (!model.containsAttribute("comment")) {
            model.addAttribute("comment", new RequestForms.CommentForm());
        }
        return "budgets/request";
    }

    @PostMapping("/budgets/{id}/submit")
    String submit(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        try {
            budgets.submit(actor, id);
            redirect.addFlashAttribute("flash", budgets.find(id).isCouncilReview() ? "budget.submitted.council" : "budget.submitted");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.reasonKey());
        }
        return "redirect:/budgets/" + id;
    }

    @PostMapping("/budgets/{id}/lead-time-exception")
    String exception(@PathVariable long id, Actor actor, @ModelAttribute("exception") RequestForms.ExceptionForm form,
                     BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            budgets.grantLeadTimeException(actor, id, form.getReason());
            redirect.addFlashAttribute("flash", "budget.exception.granted");
            return "redirect:/budgets/" + id;
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result, field -> "reason");
        }
        return show(id, actor, model);
    }

    @GetMapping("/budgets/{id}/review")
    String reviewPage(@PathVariable long id, Actor actor, Model model) {
        BudgetRequest request = budgets.get(actor, id);
        if (!model.containsAttribute("review")) {
            model.addAttribute("review", new ReviewForm());
        }
        return showReview(request, actor, model);
    }

    @PostMapping("/budgets/{id}/review")
    String review(@PathVariable long id, Actor actor, @ModelAttribute("review") ReviewForm form, BindingResult result,
                  @RequestParam(required = false) String action, Model model, RedirectAttributes redirect) {
        if (!"pass".equals(action) && !"send-back".equals(action)) {
            budgets.mayReview(actor, id);
            result.reject("budget.review.action");
            return showReview(budgets.get(actor, id), actor, model);
        }
        try {
            BudgetState state = budgets.review(actor, id, form.toReview("pass".equals(action)));
            redirect.addFlashAttribute("flash", state == BudgetState.DECISION ? "budget.review.passed" : "budget.review.sentBack");
            return "redirect:/budgets/" + id;
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result, field -> field.startsWith("marks.") ? "verdicts[" + field.substring(6) + "]" : field);
        }
        return showReview(budgets.get(actor, id), actor, model);
    }

    @PostMapping("/budgets/{id}/decision")
    String decide(@PathVariable long id, Actor actor, @ModelAttribute("decision") RequestForms.DecisionForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        BudgetRequest request = budgets.get(actor, id);
        var decision = new CouncilDecision(form.toOutcome(), form.getAmount(), form.getReason());
        try {
            if (request.getRoute() == Route.COUNCIL_VOTE) {
                budgets.vote(actor, id, decision);
                redirect.addFlashAttribute("flash", "budget.voted");
            } else {
                budgets.decide(actor, id, decision);
                redirect.addFlashAttribute("flash", "budget.decided");
            }
            return "redirect:/budgets/" + id;
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
        }
        return show(id, actor, model);
    }

    @PostMapping("/budgets/{id}/comments")
    String comment(@PathVariable long id, Actor actor, @ModelAttribute("comment") RequestForms.CommentForm form, BindingResult result,
                   Model model, RedirectAttributes redirect) {
        try {
            discussion.comment(actor, id, form.getBody());
            redirect.addFlashAttribute("flash", "budget.comment.added");
            return "redirect:/budgets/" + id + "#discussion";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result, field -> "body");
        }
        return show(id, actor, model);
    }

    @PostMapping("/budgets/{id}/receipts")
    String upload(@PathVariable long id, Actor actor, @ModelAttribute("upload") RequestForms.UploadForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) throws IOException {
        MultipartFile file = form.getFile();
        try {
            // nothing chosen reaches the service as an empty file, so who may upload is decided first
            boolean none = file == null || file.isEmpty();
            receipts.upload(actor, id, form.toKind(), none ? null : file.getOriginalFilename(), none ? 0 : file.getSize(),
                    none ? java.io.InputStream.nullInputStream() : file.getInputStream(), form.getAmount(), form.getCurrency());
            redirect.addFlashAttribute("flash", "budget.receipt.uploaded");
            return "redirect:/budgets/" + id + "#receipts";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result, form::fieldOf);
        } catch (Receipts.FileTooLargeException e) {
            result.rejectValue("file", "budget.receipt.tooLarge");
        }
        return show(id, actor, model);
    }

    @PostMapping("/budgets/{id}/receipts/text")
    String text(@PathVariable long id, Actor actor, @ModelAttribute("note") RequestForms.NoteForm form, BindingResult result,
                Model model, RedirectAttributes redirect) {
        try {
            receipts.write(actor, id, form.toKind(), form.getText(), form.getAmount(), form.getCurrency());
            redirect.addFlashAttribute("flash", "budget.receipt.written");
            return "redirect:/budgets/" + id + "#receipts";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result, form::fieldOf);
        }
        return show(id, actor, model);
    }

    @PostMapping("/budgets/{id}/receipts/done")
    String done(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        try {
            receipts.finish(actor, id);
            redirect.addFlashAttribute("flash", "budget.closed");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).messageKey());
        }
        return "redirect:/budgets/" + id;
    }

    @GetMapping("/budgets/{id}/receipts/{receiptId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long receiptId, Actor actor) {
        var file = receipts.file(actor, id, receiptId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.filename()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    @GetMapping("/budgets/council")
    String council(Actor actor, Model model) {
        BudgetAccessPolicy.mayOverview(actor).orForbid();
        var codes = properties.rates().keySet().toArray(String[]::new);
        var values = new String[codes.length];
        for (int i = 0; i < codes.length; i++) {
            values[i] = properties.rates().get(codes[i]).toPlainString();
        }
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("waiting", queries.waitingByStage());
        var inDecision = queries.inDecision(50);
        model.addAttribute("inDecision", inDecision);
        conversions(inDecision, model);
        model.addAttribute("money", queries.moneyByRegionAndQuarter(codes, values));
        var overdue = queries.receiptsOverdue(today, (int) properties.receiptsOverdue().toDays());
        model.addAttribute("overdue", overdue);
        var overdueReps = new java.util.LinkedHashMap<Long, String>();
        overdue.forEach(o -> overdueReps.putIfAbsent(o.requesterId(), o.requesterName()));
        model.addAttribute("overdueReps", overdueReps);
        model.addAttribute("isCouncil", actor.has(Role.COUNCIL));
        model.addAttribute("maxWaiverDays", Budgets.MAX_WAIVER_DAYS);
        model.addAttribute("maxWaiverDay", today.plusDays(Budgets.MAX_WAIVER_DAYS));
        if (!model.containsAttribute("waiver")) {
            model.addAttribute("waiver", new RequestForms.WaiverForm());
        }
        model.addAttribute("thresholdCurrency", properties.thresholdCurrency());
        model.addAttribute("now", clock.instant());
        return "budgets/council";
    }

    @PostMapping("/budgets/waivers")
    String waiver(Actor actor, @ModelAttribute("waiver") RequestForms.WaiverForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        try {
            budgets.grantReceiptWaiver(actor, form.personIdOrNone(), form.untilOrNull(), form.getReason());
            redirect.addFlashAttribute("flash", "budget.waiver.granted");
            return "redirect:/budgets/council#overdue";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
        }
        return council(actor, model);
    }

    /** Each listed amount in the threshold currency, with the rate used, to be shown beside it. */
    /** A receipt form for the page, in the request's currency, unless one comes back with what was typed. */
    private static void offer(Model model, String name, RequestForms.ReceiptForm form, String currency) {
        if (!model.containsAttribute(name)) {
            form.setCurrency(currency);
            model.addAttribute(name, form);
        }
    }

    private void conversions(List<BudgetQueries.Item> items, Model model) {
        var rates = budgets.rates();
        var converted = new java.util.HashMap<Long, java.math.BigDecimal>();
        for (BudgetQueries.Item item : items) {
            rates.toThresholdCurrency(item.total(), item.currency()).ifPresent(amount -> converted.put(item.id(), amount));
        }
        model.addAttribute("converted", converted);
        model.addAttribute("rates", properties.rates());
        model.addAttribute("thresholdCurrency", rates.thresholdCurrency());
    }

    private String showReview(BudgetRequest request, Actor actor, Model model) {
        model.addAttribute("request", request);
        model.addAttribute("event", events.facts(request.getEventId()));
        model.addAttribute("sheet", evidence.sheetFor(request));
        model.addAttribute("requester", people.get(request.getRequesterId()).getDisplayName());
        model.addAttribute("mayReview", request.getState() == BudgetState.MENTOR_REVIEW
                && request.getMentorId() != null && actor.is(request.getMentorId()));
        model.addAttribute("points", ReviewPoint.values());
        return "budgets/review";
    }

    private String showForm(long eventId, Long requestId, Model model) {
        EventFacts event = events.facts(eventId);
        model.addAttribute("event", event);
        model.addAttribute("requestId", requestId);
        model.addAttribute("categories", LineCategory.values());
        model.addAttribute("leadTimeDays", properties.leadTime().toDays());
        return "budgets/form";
    }

    /** The form's field for a field the service names (a line's part on the row it was typed in); none for the event. */
    private static String formFieldOf(BudgetForm form, String field) {
        if (field.startsWith("lines[")) {
            int index = Integer.parseInt(field.substring(6, field.indexOf(']')));
            String part = field.substring(field.indexOf("].") + 2);
            String formField = switch (part) {
                case "category" -> "categories";
                case "description" -> "descriptions";
                case "quantity" -> "quantities";
                default -> "unitCosts";
            };
            return formField + "[" + form.rowOfFilledLine(index) + "]";
        } else if ("lines".equals(field)) {
            return "descriptions";
        } else if ("eventId".equals(field)) {
            return null;
        }
        return field;
    }
}
