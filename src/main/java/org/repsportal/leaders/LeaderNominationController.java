package org.repsportal.leaders;

import org.repsportal.platform.Paging;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.repsportal.mentorship.Mentorships;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.platform.FormErrors;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.PageResult;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Mentors' nominations of emerging leaders and the Council's pipeline of them. */
@Controller
class LeaderNominationController {

    private final LeaderNominations nominations;
    private final Mentorships mentorships;
    private final People people;
    private final org.repsportal.people.PersonPicker picker;
    private final Clock clock;

    LeaderNominationController(LeaderNominations nominations, Mentorships mentorships, People people, Clock clock, org.repsportal.people.PersonPicker picker) {
        this.picker = picker;
        this.nominations = nominations;
        this.mentorships = mentorships;
        this.people = people;
        this.clock = clock;
    }

    @InitBinder("nomination")
    void nominationFields(WebDataBinder binder) {
        binder.setAllowedFields("personId", "reason");
    }

    @InitBinder("followUp")
    void followUpFields(WebDataBinder binder) {
        binder.setAllowedFields("on", "note", "state");
    }

    @GetMapping("/council/nominations")
    String pipeline(Actor actor, @RequestParam(name = "state", required = false) String stateName,
                    Paging paging, Model model) {
        LeaderNominationState state = java.util.Arrays.stream(LeaderNominationState.values())
                .filter(s -> s.name().equals(stateName)).findFirst().orElse(null);
        model.addAttribute("result", nominations.pipeline(actor, state, paging.number(), PageResult.DEFAULT_SIZE));
        model.addAttribute("state", state);
        model.addAttribute("states", LeaderNominationState.values());
        return "leaders/nominations";
    }

    @GetMapping("/council/nominations/new")
    String nominationForm(Actor actor, @RequestParam(required = false) Long person, Model model) {
        var form = new LeaderNominationForm();
        form.setPersonId(person);
        model.addAttribute("nomination", form);
        return showNominationForm(actor, model);
    }

    @PostMapping("/council/nominations")
    String nominate(Actor actor, @ModelAttribute("nomination") LeaderNominationForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                nominations.nominate(actor, form.toNomination());
                redirect.addFlashAttribute("flash", "council.nomination.saved");
                return "redirect:/council/nominations/new";
            } catch (InvalidInputException e) {
                FormErrors.copy(e, result);
            } catch (RuleViolationException e) {
                result.rejectValue("personId", e.reasonKey());
            }
        }
        return showNominationForm(actor, model);
    }

    @GetMapping("/council/nominations/{id}")
    String nomination(@PathVariable long id, Actor actor, Model model) {
        if (!model.containsAttribute("followUp")) {
            var form = new FollowUpForm();
            form.setOn(LocalDate.now(clock));
            model.addAttribute("followUp", form);
        }
        model.addAttribute("item", nominations.open(actor, id));
        model.addAttribute("today", LocalDate.now(clock));
        return "leaders/nomination";
    }

    @PostMapping("/council/nominations/{id}/follow-ups")
    String followUp(@PathVariable long id, Actor actor, @ModelAttribute("followUp") FollowUpForm form, BindingResult result,
                    Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                nominations.followUp(actor, id, form.getOn(), form.getNote(), form.getState());
                redirect.addFlashAttribute("flash", "council.nomination.followedUp");
                return "redirect:/council/nominations/" + id;
            } catch (InvalidInputException e) {
                FormErrors.copy(e, result);
            }
        }
        return nomination(id, actor, model);
    }

    @PostMapping("/council/nominations/{id}/tell")
    String tellNominee(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        LeaderNomination nomination = nominations.tellNominee(actor, id);
        redirect.addFlashAttribute("flash", "council.nomination.told");
        return "redirect:/council/nominations/" + nomination.getId();
    }

    private String showNominationForm(Actor actor, Model model) {
        List<Long> mentees = mentorships.currentMenteeIds(actor.personId());
        model.addAttribute("mentees", picker.options(mentees));
        model.addAttribute("mine", nominations.mine(actor, 0, PageResult.DEFAULT_SIZE));
        return "leaders/nominate";
    }
}
