package org.repsportal.checkins;

import org.repsportal.platform.Paging;
import java.time.Clock;
import java.time.LocalDate;

import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.PageResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Council sees which mentorships have let check-ins slip: when, not what was said; and works on the
 * escalations, one per mentor: nudge, reassign, dismiss with a reason. Every action answers with a redirect to
 * the escalation's page, whose card an htmx form picks out of it, so the forms work with and without JavaScript.
 */
@Controller
class CouncilCheckInsController {

    private final CheckInQueries queries;
    private final CadenceEscalations escalations;
    private final People people;
    private final Clock clock;

    CouncilCheckInsController(CheckInQueries queries, CadenceEscalations escalations, People people, Clock clock) {
        this.queries = queries;
        this.escalations = escalations;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/council/checkins")
    String overdue(Actor actor, Paging paging, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("result", queries.overdue(actor, today, paging.number(), PageResult.DEFAULT_SIZE));
        model.addAttribute("escalations", escalations.open(actor));
        model.addAttribute("today", today);
        return "checkins/overdue";
    }

    @GetMapping("/council/checkins/escalations/{mentorId}")
    String escalation(@PathVariable long mentorId, Actor actor, Model model) {
        var escalation = escalations.of(actor, mentorId).orElse(null);
        model.addAttribute("escalation", escalation);
        model.addAttribute("mentorId", mentorId);
        model.addAttribute("mentorName", escalation != null ? escalation.mentorName() : people.get(mentorId).getDisplayName());
        model.addAttribute("today", LocalDate.now(clock));
        return "checkins/escalation";
    }

    @PostMapping("/council/checkins/escalations/{mentorId}/nudge")
    String nudge(@PathVariable long mentorId, Actor actor, RedirectAttributes redirect) {
        boolean sent = escalations.nudge(actor, mentorId);
        flash(redirect, mentorId, sent ? "checkin.escalation.nudged" : "checkin.escalation.notNudged");
        return "redirect:/council/checkins/escalations/" + mentorId;
    }

    @PostMapping("/council/checkins/escalations/{mentorId}/mentees/{menteeId}/dismiss")
    String dismiss(@PathVariable long mentorId, @PathVariable long menteeId, Actor actor,
                   @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            boolean dismissed = escalations.dismiss(actor, mentorId, menteeId, reason);
            flash(redirect, mentorId, dismissed ? "checkin.escalation.dismissed" : "checkin.escalation.notListed");
            return "redirect:/council/checkins/escalations/" + mentorId;
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("dismissError", e.problems().get(0).messageKey());
            redirect.addFlashAttribute("dismissReason", reason);
            redirect.addFlashAttribute("dismissMentor", mentorId);
            redirect.addFlashAttribute("dismissMentee", menteeId);
            return "redirect:/council/checkins/escalations/" + mentorId + "#dismiss-" + mentorId + "-" + menteeId;
        }
    }

    private static void flash(RedirectAttributes redirect, long mentorId, String key) {
        redirect.addFlashAttribute("escalationFlash", key);
        redirect.addFlashAttribute("escalationMentor", mentorId);
    }
}
