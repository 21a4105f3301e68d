package org.repsportal.orientation;

import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.platform.ForbiddenException;
import org.repsportal.platform.FormErrors;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.NotFoundException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One person's orientation for their mentor and the Council: the checklist, confirming steps, allowing mentees early. */
@Controller
class PersonOrientationController {

    private final Orientations orientations;
    private final People people;

    PersonOrientationController(Orientations orientations, People people) {
        this.orientations = orientations;
        this.people = people;
    }

    @InitBinder("early")
    void earlyFields(WebDataBinder binder) {
        binder.setAllowedFields("reason");
    }

    @GetMapping("/orientation/people/{personId}")
    String person(@PathVariable long personId, Actor actor, Model model) {
        model.addAttribute("early", new ReasonForm());
        return show(personId, actor, model);
    }

    @PostMapping("/orientation/people/{personId}/steps/{key}/confirm")
    String confirm(@PathVariable long personId, @PathVariable String key, @RequestParam(required = false) String detail,
                   Actor actor, RedirectAttributes redirect) {
        orientations.confirmStep(actor, personId, key, detail);
        redirect.addFlashAttribute("flash", "orientation.confirm.saved");
        return "redirect:/orientation/people/" + personId + "#step-" + key;
    }

    @PostMapping("/orientation/people/{personId}/early-mentees")
    String allowEarly(@PathVariable long personId, Actor actor, @ModelAttribute("early") ReasonForm form,
                      BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            orientations.allowNewMenteesEarly(actor, personId, form.getReason());
            redirect.addFlashAttribute("flash", "orientation.override.saved");
            return "redirect:/orientation/people/" + personId;
        } catch (InvalidInputException e) {
            FormErrors.copyOrGlobal(e, result);
            return show(personId, actor, model);
        }
    }

    private String show(long personId, Actor actor, Model model) {
        Orientation orientation = orientations.latestOf(personId).orElseThrow(() -> new NotFoundException("Orientation of person", personId));
        if (!orientations.mayView(actor, orientation)) {
            throw new ForbiddenException("policy.orientation.private");
        }
        Checklist checklist = orientations.checklistOf(personId).orElse(null);
        model.addAttribute("person", people.summaries(java.util.List.of(personId)).get(personId));
        model.addAttribute("orientation", orientation);
        model.addAttribute("checklist", checklist);
        model.addAttribute("isCouncil", MentorNominationPolicy.mayDecide(actor).allowed());
        return "orientation/person";
    }
}
