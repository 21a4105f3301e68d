package org.repsportal.concerns;

import org.repsportal.platform.Paging;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.repsportal.mentorship.Mentorships;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.people.PersonPicker;
import org.repsportal.people.PickPurpose;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.FormErrors;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.PageResult;
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

/** Raising a concern, "my concerns", and the case page with the Council's transitions. */
@Controller
class ConcernController {

    private final Concerns concerns;
    private final PersonPicker picker;
    private final Mentorships mentorships;
    private final People people;
    private final Clock clock;

    ConcernController(Concerns concerns, PersonPicker picker, Mentorships mentorships, People people, Clock clock) {
        this.concerns = concerns;
        this.picker = picker;
        this.mentorships = mentorships;
        this.people = people;
        this.clock = clock;
    }

    @InitBinder("concern")
    void concernFields(WebDataBinder binder) {
        binder.setAllowedFields("category", "aboutPersonId", "summary", "details", "involveMentor", "reportingRouteFollowed");
    }

    @InitBinder("resolutionForm")
    void resolutionFields(WebDataBinder binder) {
        binder.setAllowedFields("resolution");
    }

    @GetMapping("/concerns/new")
    String form(Actor actor, @RequestParam(required = false) String category, @RequestParam(required = false) String q,
                Model model) {
        RaiseConcernPolicy.mayRaise(actor).orForbid();
        var form = new ConcernForm();
        ConcernCategory.parse(category).ifPresent(c -> form.setCategory(c.name()));
        model.addAttribute("concern", form);
        return showForm(actor, form, q, model);
    }

    /** The guidance that goes with the chosen category (htmx swaps it in when the category changes). */
    @GetMapping("/concerns/new/guidance")
    String guidance(Actor actor, @RequestParam(required = false) String category, Model model) {
        var form = new ConcernForm();
        form.setCategory(ConcernCategory.parse(category).map(Enum::name).orElse(null));
        model.addAttribute("concern", form);
        model.addAttribute("guidelines", concerns.properties());
        addMentor(actor, model);
        return "concerns/concern-new :: guidance";
    }

    @PostMapping("/concerns")
    String raise(Actor actor, @ModelAttribute("concern") ConcernForm form, BindingResult result,
                 @RequestParam(required = false) String q, Model model, RedirectAttributes redirect) {
        RaiseConcernPolicy.mayRaise(actor).orForbid();
        var problems = new ArrayList<FieldProblem>();
        // an id that is not a number has the binder's error on the field already
        boolean unreadable = result.hasFieldErrors("aboutPersonId");
        if (!unreadable && form.getAboutPersonId() == null && q != null && !q.isBlank()) {
            // a name typed in the picker's search box and sent without choosing (as without JavaScript)
            List<Long> named = picker.namedExactly(actor, PickPurpose.ANYONE, q);
            if (named.size() == 1) {
                form.setAboutPersonId(named.get(0));
            } else {
                problems.add(new FieldProblem("aboutPersonId", named.isEmpty()
                        ? "council.concern.aboutPerson.unknown" : "council.concern.aboutPerson.ambiguous"));
            }
        }
        try {
            if (problems.isEmpty() && !unreadable) {
                Concern concern = concerns.raise(actor, form.toConcern(form.getAboutPersonId()));
                redirect.addFlashAttribute("flash", "council.concern.raised");
                return "redirect:/concerns/" + concern.getId();
            }
            // every error shows at once: the rest of the form is checked too
            problems.addAll(concerns.problemsWith(actor, form.toConcern(null)));
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        FormErrors.copy(problems, result, java.util.function.UnaryOperator.identity());
        return showForm(actor, form, q, model);
    }

    @GetMapping("/concerns")
    String mine(Actor actor, Paging paging, Model model) {
        model.addAttribute("result", concerns.mine(actor, paging.number(), PageResult.DEFAULT_SIZE));
        model.addAttribute("mayRaise", RaiseConcernPolicy.mayRaise(actor).allowed());
        return "concerns/concerns-mine";
    }

    @GetMapping("/concerns/{id}")
    String concern(@PathVariable long id, Actor actor, Model model) {
        if (!model.containsAttribute("resolutionForm")) {
            model.addAttribute("resolutionForm", new ResolutionForm());
        }
        model.addAttribute("item", concerns.open(actor, id));
        model.addAttribute("now", clock.instant());
        return "concerns/concern";
    }

    @PostMapping("/concerns/{id}/acknowledge")
    String acknowledge(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        concerns.acknowledge(actor, id);
        redirect.addFlashAttribute("flash", "council.concern.acknowledged");
        return "redirect:/concerns/" + id;
    }

    @PostMapping("/concerns/{id}/start")
    String startWork(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        concerns.startWork(actor, id);
        redirect.addFlashAttribute("flash", "council.concern.workStarted");
        return "redirect:/concerns/" + id;
    }

    @PostMapping("/concerns/{id}/resolve")
    String resolve(@PathVariable long id, Actor actor, @ModelAttribute("resolutionForm") ResolutionForm form,
                   BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            concerns.resolve(actor, id, form.getResolution());
            redirect.addFlashAttribute("flash", "council.concern.resolved");
            return "redirect:/concerns/" + id;
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            return concern(id, actor, model);
        }
    }

    private String showForm(Actor actor, ConcernForm form, String q, Model model) {
        model.addAttribute("candidates", picker.search(actor, PickPurpose.ANYONE, q, form.getAboutPersonId()));
        model.addAttribute("query", q);
        model.addAttribute("categories", ConcernCategory.values());
        model.addAttribute("guidelines", concerns.properties());
        addMentor(actor, model);
        return "concerns/concern-new";
    }

    private void addMentor(Actor actor, Model model) {
        mentorships.currentMentorOf(actor.personId())
                .ifPresent(id -> model.addAttribute("myMentor", people.summaries(List.of(id)).get(id)));
    }
}
