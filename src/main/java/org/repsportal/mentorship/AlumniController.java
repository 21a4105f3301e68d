package org.repsportal.mentorship;

import org.repsportal.people.Actor;
import org.repsportal.people.Role;
import org.repsportal.platform.RuleViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The alumni watch: the Rep's answer, the mentor's confirmation, the Council's decision; and interim mentors' actions. */
@Controller
class AlumniController {

    private final AlumniWatch alumni;
    private final Interims interims;

    AlumniController(AlumniWatch alumni, Interims interims) {
        this.alumni = alumni;
        this.interims = interims;
    }

    @GetMapping("/mentorship/alumni")
    String page(Actor actor, Model model) {
        var entries = alumni.visibleTo(actor);
        model.addAttribute("entries", entries);
        model.addAttribute("me", actor.personId());
        model.addAttribute("council", actor.has(Role.COUNCIL));
        return "mentorship/alumni";
    }

    @PostMapping("/mentorship/alumni/answer")
    String answer(Actor actor, @RequestParam(required = false) String answer, @RequestParam(required = false) String links,
                  Model model, RedirectAttributes redirect) {
        try {
            alumni.answer(actor, answer, links);
        } catch (RuleViolationException e) {
            model.addAttribute("answerError", e.reasonKey());
            model.addAttribute("typedLinks", links);
            return page(actor, model);
        }
        redirect.addFlashAttribute("flash", "alumni.answered");
        return "redirect:/mentorship/alumni";
    }

    @PostMapping("/mentorship/alumni/{id}/activity")
    String confirmActivity(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        alumni.confirmActivity(actor, id);
        redirect.addFlashAttribute("flash", "alumni.activityConfirmed");
        return "redirect:/mentorship/alumni";
    }

    @PostMapping("/mentorship/alumni/{id}/confirm")
    String confirm(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        alumni.confirmAlumni(actor, id);
        redirect.addFlashAttribute("flash", "alumni.confirmed");
        return "redirect:/mentorship/alumni";
    }

    @PostMapping("/mentorship/alumni/{id}/undo")
    String undo(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        alumni.undo(actor, id);
        redirect.addFlashAttribute("flash", "alumni.undone");
        return "redirect:/mentorship/alumni";
    }

    @PostMapping("/mentorship/interims/{id}/note")
    String note(@PathVariable long id, Actor actor, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        long menteeId = interims.writeHandoverNote(actor, id, note);
        redirect.addFlashAttribute("flash", "mentorship.interim.noteSaved");
        return "redirect:/people/" + menteeId + "/mentor";
    }

    @PostMapping("/mentorship/interims/{id}/permanent")
    String permanent(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        long menteeId = interims.makePermanent(actor, id);
        redirect.addFlashAttribute("flash", "mentorship.interim.madePermanent");
        return "redirect:/people/" + menteeId + "/mentor";
    }
}
