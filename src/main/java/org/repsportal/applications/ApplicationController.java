package org.repsportal.applications;

import org.repsportal.platform.Paging;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.repsportal.people.Actor;
import org.repsportal.people.Role;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.PageResult;
import org.repsportal.platform.RuleViolationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Council's queue and funnel, an application's page for the Council and the interviewer, and their steps. */
@Controller
class ApplicationController {

    static final int FUNNEL_MONTHS = 6;

    private final Applications applications;
    private final ApplicationQueries queries;
    private final ApplicationViews views;

    ApplicationController(Applications applications, ApplicationQueries queries, ApplicationViews views) {
        this.applications = applications;
        this.queries = queries;
        this.views = views;
    }

    @GetMapping("/applications")
    String list(Actor actor, @RequestParam(required = false) String state, Paging paging, Model model) {
        model.addAttribute("interviews", queries.interviewsOf(actor.personId()));
        if (actor.has(Role.COUNCIL)) {
            Set<ApplicationState> states = EnumSet.of(ApplicationState.SUBMITTED, ApplicationState.SCREENING, ApplicationState.INTERVIEW);
            ApplicationState chosen = parse(state);
            if (chosen != null) {
                states = EnumSet.of(chosen);
            }
            model.addAttribute("result", queries.queue(actor, states, paging.number(), PageResult.DEFAULT_SIZE));
            model.addAttribute("funnel", queries.funnel(actor, FUNNEL_MONTHS));
            model.addAttribute("state", chosen == null ? "" : chosen.name());
            model.addAttribute("states", ApplicationState.values());
        }
        return "applications/list";
    }

    @GetMapping("/applications/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        Application a = applications.get(actor, id);
        views.page(actor, a, model);
        return "applications/application";
    }

    @PostMapping("/applications/{id}/screening")
    String screening(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        applications.startScreening(actor, id);
        redirect.addFlashAttribute("flash", "application.screening.started");
        return "redirect:/applications/" + id;
    }

    @PostMapping("/applications/{id}/interviewer")
    String interviewer(Actor actor, @PathVariable long id, @RequestParam(required = false) Long mentorId, Model model,
                       RedirectAttributes redirect) {
        try {
            applications.assignInterviewer(actor, id, mentorId);
            redirect.addFlashAttribute("flash", "application.interviewer.assigned");
            return "redirect:/applications/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("interviewerError", e.problems().get(0).messageKey());
            return show(actor, id, model);
        }
    }

    @PostMapping("/applications/{id}/slots")
    String slots(Actor actor, @PathVariable long id,
                 @RequestParam(required = false) List<String> date, @RequestParam(required = false) List<String> time,
                 @RequestParam(required = false) String timeZone, Model model, RedirectAttributes redirect) {
        var offered = new ArrayList<Applications.SlotRequest>();
        int n = Math.min(date == null ? 0 : date.size(), time == null ? 0 : time.size());
        try {
            for (int i = 0; i < n; i++) {
                if (!date.get(i).isBlank() || !time.get(i).isBlank()) {
                    try {
                        offered.add(new Applications.SlotRequest(LocalDateTime.of(LocalDate.parse(date.get(i).strip()),
                                LocalTime.parse(time.get(i).strip())), timeZone));
                    } catch (java.time.format.DateTimeParseException bad) {
                        throw new InvalidInputException(List.of(new org.repsportal.platform.FieldProblem("slots", "application.slots.invalid")));
                    }
                }
            }
            applications.offerSlots(actor, id, offered);
            redirect.addFlashAttribute("flash", "application.slots.offered");
            return "redirect:/applications/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("slotsError", e.problems().get(0).messageKey());
            return show(actor, id, model);
        }
    }

    @PostMapping("/applications/{id}/interview")
    String interview(Actor actor, @PathVariable long id, @RequestParam(required = false) List<Integer> score,
                     @RequestParam(required = false) List<String> note, @RequestParam(required = false) String evidence,
                     @RequestParam(required = false) String recommendation, @RequestParam(required = false) String reason,
                     Model model, RedirectAttributes redirect) {
        try {
            applications.recordInterview(actor, id, new InterviewRecord(score, note, ApplicationForm.splitLines(evidence),
                    outcome(recommendation), reason));
            redirect.addFlashAttribute("flash", "application.interview.recorded");
            return "redirect:/applications/" + id;
        } catch (InvalidInputException e) {
            var errors = new java.util.LinkedHashMap<String, String>();
            e.problems().forEach(p -> errors.putIfAbsent(p.field(), p.messageKey()));
            model.addAttribute("interviewErrors", errors);
            model.addAttribute("typedScores", score);
            model.addAttribute("typedNotes", note);
            model.addAttribute("typedEvidence", evidence);
            model.addAttribute("typedRecommendation", recommendation);
            model.addAttribute("typedReason", reason);
            return show(actor, id, model);
        }
    }

    @PostMapping("/applications/{id}/decision")
    String decide(Actor actor, @PathVariable long id, @RequestParam(required = false) String outcome,
                  @RequestParam(required = false) String reason, @RequestParam(required = false) String workOn,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reapplyAfter,
                  @RequestParam(required = false) Long mentorId, @RequestParam(required = false) String capacityOverride,
                  Model model, RedirectAttributes redirect) {
        try {
            Application a = applications.decide(actor, id, outcome(outcome), reason, workOn, reapplyAfter, mentorId, capacityOverride);
            redirect.addFlashAttribute("flash", "application.decided");
            return a.getState() == ApplicationState.ONBOARDING
                    ? "redirect:/onboarding/" + id : "redirect:/applications/" + id;
        } catch (InvalidInputException e) {
            var errors = new java.util.LinkedHashMap<String, String>();
            e.problems().forEach(p -> errors.putIfAbsent(p.field(), p.messageKey()));
            model.addAttribute("decisionErrors", errors);
        } catch (RuleViolationException e) {
            // a mentor who cannot take the new Rep is the mentor field's problem: another one, or the override, solves it
            model.addAttribute("decisionErrors", java.util.Map.of(e.reasonKey().startsWith("policy.mentorship.") ? "mentorId" : "outcome",
                    e.reasonKey()));
        }
        model.addAttribute("typedOutcome", outcome);
        model.addAttribute("typedMentorId", mentorId);
        model.addAttribute("typedCapacityOverride", capacityOverride);
        model.addAttribute("typedReason", reason);
        model.addAttribute("typedWorkOn", workOn);
        model.addAttribute("typedReapplyAfter", reapplyAfter);
        return show(actor, id, model);
    }

    static Outcome outcome(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Outcome.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ApplicationState parse(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return ApplicationState.valueOf(state);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
