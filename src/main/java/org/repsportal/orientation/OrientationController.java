package org.repsportal.orientation;

import java.util.List;
import java.util.Optional;

import org.repsportal.mentorship.Mentorships;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.people.PersonOption;
import org.repsportal.people.PickPurpose;
import org.repsportal.people.Role;
import org.repsportal.platform.FormErrors;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.RuleViolationException;
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

/**
 * The orientation page: a new mentor's checklist with its progress and self-service steps, the
 * nomination forms (self, a mentee, or any Rep for the Council), and the calls one is invited to.
 */
@Controller
class OrientationController {

    static final int CALLS_ON_PAGE = 10;

    private final Orientations orientations;
    private final OrientationQueries queries;
    private final Mentorships mentorships;
    private final People people;
    private final org.repsportal.people.PersonPicker picker;

    OrientationController(Orientations orientations, OrientationQueries queries, Mentorships mentorships, People people, org.repsportal.people.PersonPicker picker) {
        this.picker = picker;
        this.orientations = orientations;
        this.queries = queries;
        this.mentorships = mentorships;
        this.people = people;
    }

    @InitBinder("nomination")
    void nominationFields(WebDataBinder binder) {
        binder.setAllowedFields("personId", "reason");
    }

    @GetMapping("/orientation")
    String home(Actor actor, Model model) {
        model.addAttribute("nomination", new MentorNominationForm());
        return showHome(actor, model);
    }

    @PostMapping("/orientation/steps/{key}/complete")
    String completeStep(@PathVariable String key, Actor actor, RedirectAttributes redirect) {
        var checklist = orientations.completeStep(actor, key);
        redirect.addFlashAttribute("flash", checklist.complete() ? "orientation.complete.saved" : "orientation.step.saved");
        return "redirect:/orientation#step-" + key;
    }

    @PostMapping("/orientation/nominations")
    String nominate(Actor actor, @ModelAttribute("nomination") MentorNominationForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        if (form.getPersonId() == null) {
            form.setPersonId(actor.personId());
        }
        try {
            Orientation nomination = orientations.nominate(actor, form.getPersonId(), form.getReason());
            redirect.addFlashAttribute("flash", "orientation.nomination.saved");
            return "redirect:/orientation/nominations/" + nomination.getId();
        } catch (InvalidInputException e) {
            FormErrors.copyOrGlobal(e, result);
        } catch (RuleViolationException e) {
            result.rejectValue("personId", e.reasonKey());
        }
        return showHome(actor, model);
    }

    private String showHome(Actor actor, Model model) {
        Optional<Orientation> mine = orientations.latestOf(actor.personId());
        model.addAttribute("mine", mine.orElse(null));
        model.addAttribute("checklist", orientations.checklistOf(actor.personId()).orElse(null));
        Long myMentor = mentorships.currentMentorOf(actor.personId()).orElse(null);
        boolean open = mine.isPresent() && mine.get().getState() != OrientationState.DECLINED;
        model.addAttribute("canSelfNominate", !open && actor.has(Role.REP) && !actor.has(Role.MENTOR)
                && MentorNominationPolicy.mayNominate(actor, actor.personId(), myMentor).allowed());
        List<PersonOption> candidates;
        PickPurpose purpose = null;
        if (actor.has(Role.COUNCIL)) {
            purpose = PickPurpose.REP;
            candidates = picker.search(actor, purpose, null, chosenNominee(model));
        } else if (actor.has(Role.MENTOR)) {
            purpose = PickPurpose.MENTEE;
            candidates = picker.options(mentorships.currentMenteeIds(actor.personId()));
        } else {
            candidates = List.of();
        }
        model.addAttribute("candidates", candidates);
        model.addAttribute("candidatePurpose", purpose);
        model.addAttribute("isCouncil", actor.has(Role.COUNCIL));
        model.addAttribute("calls", queries.upcomingCalls(actor, 0, CALLS_ON_PAGE));
        return "orientation/home";
    }

    private static Long chosenNominee(Model model) {
        return model.getAttribute("nomination") instanceof MentorNominationForm form ? form.getPersonId() : null;
    }
}
