package org.repsportal.concerns;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.repsportal.mentorship.Mentorships;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
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
        binder.setAllowedFields("category", "aboutPerson", "summary", "details", "involveMentor", "reportingRouteFollowed");
    }

    @InitBinder("resolutionForm")
    void resolutionFields(WebDataBinder binder) {
        binder.setAllowedFields("resolution");
    }

    @GetMapping("/concerns/new")
    String form(Actor actor, @RequestParam(required = false) String category, Model model) {
        RaiseConcernPolicy.mayRaise(actor).orForbid();
        var form = new ConcernForm();
        ConcernCategory.parse(category).ifPresent(c -> form.setCategory(c.name()));
        model.addAttribute("concern", form);
        return showForm(actor, model);
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

    /** Suggestions for the person concerned, as datalist options (htmx). */
    @GetMapping("/concerns/people")
    String people(@RequestParam(name = "aboutPerson", required = false) String q, Model model) {
        model.addAttribute("suggestions", picker.suggest(q));
        return "concerns/concern-new :: suggestions";
    }

    @PostMapping("/concerns")
    String raise(Actor actor, @ModelAttribute("concern") ConcernForm form, BindingResult result, Model model,
                 RedirectAttributes redirect) {
        RaiseConcernPolicy.mayRaise(actor).orForbid();
        PersonPicker.Pick about = picker.pick(form.getAboutPerson());
        var problems = new ArrayList<FieldProblem>();
        if (about.problem() != null) {
            problems.add(new FieldProblem("aboutPerson", about.problem()));
        }
        try {
            if (problems.isEmpty()) {
                Concern concern = concerns.raise(actor, form.toConcern(about.personId()));
                redirect.addFlashAttribute("flash", "council.concern.raised");
                return "redirect:/concerns/" + concern.getId();
            }
            // every error shows at once: the rest of the form is checked too
            problems.addAll(concerns.problemsWith(actor, form.toConcern(null)));
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        FormErrors.copy(problems, result, field -> "aboutPersonId".equals(field) ? "aboutPerson" : field);
        return showForm(actor, model);
    }

    @GetMapping("/concerns")
    String mine(Actor actor, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", concerns.mine(actor, PageResult.clampPage(page), PageResult.DEFAULT_SIZE));
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

    private String showForm(Actor actor, Model model) {
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
