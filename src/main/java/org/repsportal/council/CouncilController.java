package org.repsportal.council;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.repsportal.mentorship.Mentorships;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.platform.FieldProblem;
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

/** The Council's pages: the queue of concerns and the pipeline of emerging leaders; mentors' nominations. */
@Controller
class CouncilController {

    private final Concerns concerns;
    private final Nominations nominations;
    private final Mentorships mentorships;
    private final People people;
    private final Clock clock;

    CouncilController(Concerns concerns, Nominations nominations, Mentorships mentorships, People people, Clock clock) {
        this.concerns = concerns;
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

    @GetMapping("/council")
    String council(Actor actor) {
        CouncilPolicy.mayWorkAsCouncil(actor).orForbid();
        return "redirect:/council/concerns";
    }

    @GetMapping("/council/concerns")
    String queue(Actor actor, @RequestParam(defaultValue = "open") String state,
                 @RequestParam(required = false) String category, @RequestParam(required = false) Integer page, Model model) {
        ConcernState oneState = "open".equals(state) || "all".equals(state) ? null
                : java.util.Arrays.stream(ConcernState.values()).filter(s -> s.name().equals(state)).findFirst().orElse(null);
        boolean openOnly = oneState == null && !"all".equals(state);
        ConcernCategory oneCategory = ConcernCategory.parse(category).orElse(null);
        model.addAttribute("result", concerns.queue(actor, new ConcernQueueFilter(oneState, openOnly, oneCategory),
                PageResult.clampPage(page), PageResult.DEFAULT_SIZE));
        model.addAttribute("times", concerns.recentAcknowledgementTimes(actor, oneCategory));
        model.addAttribute("windowDays", concerns.properties().responseTimeWindow().toDays());
        model.addAttribute("state", oneState != null ? oneState.name() : openOnly ? "open" : "all");
        model.addAttribute("category", oneCategory);
        model.addAttribute("states", ConcernState.values());
        model.addAttribute("categories", ConcernCategory.values());
        model.addAttribute("now", clock.instant());
        return "council/queue";
    }

    @GetMapping("/council/nominations")
    String pipeline(Actor actor, @RequestParam(name = "state", required = false) String stateName,
                    @RequestParam(required = false) Integer page, Model model) {
        NominationState state = java.util.Arrays.stream(NominationState.values())
                .filter(s -> s.name().equals(stateName)).findFirst().orElse(null);
        model.addAttribute("result", nominations.pipeline(actor, state, PageResult.clampPage(page), PageResult.DEFAULT_SIZE));
        model.addAttribute("state", state);
        model.addAttribute("states", NominationState.values());
        return "council/nominations";
    }

    @GetMapping("/council/nominations/new")
    String nominationForm(Actor actor, @RequestParam(required = false) Long person, Model model) {
        var form = new NominationForm();
        form.setPersonId(person);
        model.addAttribute("nomination", form);
        return showNominationForm(actor, model);
    }

    @PostMapping("/council/nominations")
    String nominate(Actor actor, @ModelAttribute("nomination") NominationForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                nominations.nominate(actor, form.toNomination());
                redirect.addFlashAttribute("flash", "council.nomination.saved");
                return "redirect:/council/nominations/new";
            } catch (InvalidInputException e) {
                for (FieldProblem problem : e.problems()) {
                    result.rejectValue(problem.field(), problem.messageKey());
                }
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
        return "council/nomination";
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
                for (FieldProblem problem : e.problems()) {
                    result.rejectValue(problem.field(), problem.messageKey());
                }
            }
        }
        return nomination(id, actor, model);
    }

    @PostMapping("/council/nominations/{id}/tell")
    String tellNominee(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        Nomination nomination = nominations.tellNominee(actor, id);
        redirect.addFlashAttribute("flash", "council.nomination.told");
        return "redirect:/council/nominations/" + nomination.getId();
    }

    private String showNominationForm(Actor actor, Model model) {
        List<Long> mentees = mentorships.currentMenteeIds(actor.personId());
        model.addAttribute("mentees", people.summariesInOrder(mentees));
        model.addAttribute("mine", nominations.mine(actor, 0, PageResult.DEFAULT_SIZE));
        return "council/nominate";
    }
}
