package org.repsportal.orientation;

import java.util.ArrayList;

import org.repsportal.mentorship.Mentorships;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.platform.ForbiddenException;
import org.repsportal.platform.FormErrors;
import org.repsportal.platform.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One nomination: who, by whom and why, the mentor's endorsement, and the Council's decision. */
@Controller
class MentorNominationController {

    private final Orientations orientations;
    private final Mentorships mentorships;
    private final People people;

    MentorNominationController(Orientations orientations, Mentorships mentorships, People people) {
        this.orientations = orientations;
        this.mentorships = mentorships;
        this.people = people;
    }

    @InitBinder("decline")
    void declineFields(WebDataBinder binder) {
        binder.setAllowedFields("reason");
    }

    @GetMapping("/orientation/nominations/{id}")
    String nomination(@PathVariable long id, Actor actor, Model model) {
        model.addAttribute("decline", new ReasonForm());
        return show(id, actor, model);
    }

    @PostMapping("/orientation/nominations/{id}/endorse")
    String endorse(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        orientations.endorse(actor, id);
        redirect.addFlashAttribute("flash", "orientation.endorse.saved");
        return "redirect:/orientation/nominations/" + id;
    }

    @PostMapping("/orientation/nominations/{id}/appoint")
    String appoint(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        orientations.appoint(actor, id);
        redirect.addFlashAttribute("flash", "orientation.appoint.saved");
        return "redirect:/orientation/nominations/" + id;
    }

    @PostMapping("/orientation/nominations/{id}/decline")
    String decline(@PathVariable long id, Actor actor, @ModelAttribute("decline") ReasonForm form, BindingResult result,
                   Model model, RedirectAttributes redirect) {
        try {
            orientations.decline(actor, id, form.getReason());
            redirect.addFlashAttribute("flash", "orientation.decline.saved");
            return "redirect:/orientation/nominations/" + id;
        } catch (InvalidInputException e) {
            FormErrors.copyOrGlobal(e, result);
            return show(id, actor, model);
        }
    }

    private String show(long id, Actor actor, Model model) {
        Orientation nomination = orientations.get(id);
        Long mentorId = mentorships.currentMentorOf(nomination.getPersonId()).orElse(null);
        if (!MentorNominationPolicy.mayView(actor, nomination, mentorId).allowed()) {
            throw new ForbiddenException("policy.orientation.private");
        }
        var ids = new ArrayList<Long>();
        ids.add(nomination.getPersonId());
        ids.add(nomination.getNominatedBy());
        if (nomination.getEndorsedBy() != null) {
            ids.add(nomination.getEndorsedBy());
        }
        if (nomination.getDecidedBy() != null) {
            ids.add(nomination.getDecidedBy());
        }
        boolean nominated = nomination.getState() == OrientationState.NOMINATED;
        model.addAttribute("nomination", nomination);
        model.addAttribute("names", people.summaries(ids));
        model.addAttribute("canEndorse", nominated && !nomination.isEndorsed()
                && MentorNominationPolicy.mayEndorse(actor, mentorId).allowed());
        model.addAttribute("canDecide", nominated && MentorNominationPolicy.mayDecide(actor).allowed());
        return "orientation/nomination";
    }
}
