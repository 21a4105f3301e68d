package org.repsportal.feedback;

import org.repsportal.platform.Paging;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.repsportal.mentorship.Mentorships;
import org.repsportal.people.Actor;
import org.repsportal.people.Catalog;
import org.repsportal.people.People;
import org.repsportal.platform.FormErrors;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.PageResult;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** Sending feedback, "my feedback", one feedback with its contacts' actions, and the contacts' inbox. */
@Controller
class FeedbackController {

    private final FeedbackDesk desk;
    private final Mentorships mentorships;
    private final People people;
    private final Catalog catalog;

    FeedbackController(FeedbackDesk desk, Mentorships mentorships, People people, Catalog catalog) {
        this.desk = desk;
        this.mentorships = mentorships;
        this.people = people;
        this.catalog = catalog;
    }

    @InitBinder("feedback")
    void feedbackFields(WebDataBinder binder) {
        binder.setAllowedFields("to", "subject", "text", "menteeId", "menteeNamed");
    }

    @InitBinder("answerForm")
    void answerFields(WebDataBinder binder) {
        binder.setAllowedFields("answer");
    }

    @GetMapping("/feedback")
    String mine(Actor actor, Paging paging, Model model) {
        model.addAttribute("result", desk.mine(actor, paging.number(), PageResult.DEFAULT_SIZE));
        model.addAttribute("hasInbox", desk.hasInbox(actor));
        model.addAttribute("actorId", actor.personId());
        return common(model, "feedback/mine");
    }

    @GetMapping("/feedback/new")
    String form(Actor actor, @RequestParam(required = false) String to, Model model) {
        var form = new FeedbackForm();
        form.setTo(to);
        model.addAttribute("feedback", form);
        return showForm(actor, model);
    }

    @PostMapping("/feedback")
    String send(Actor actor, @ModelAttribute("feedback") FeedbackForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = desk.send(actor, form.toFeedback());
                redirect.addFlashAttribute("flash", "feedback.sent");
                return "redirect:/feedback/" + id;
            } catch (InvalidInputException e) {
                FormErrors.copy(e, result);
            }
        }
        return showForm(actor, model);
    }

    @GetMapping("/feedback/inbox")
    String inbox(Actor actor, @RequestParam(name = "state", required = false) String stateName,
                 Paging paging, Model model) {
        FeedbackState state = Arrays.stream(FeedbackState.values()).filter(s -> s.name().equals(stateName)).findFirst().orElse(null);
        model.addAttribute("result", desk.inbox(actor, state, paging.number(), PageResult.DEFAULT_SIZE));
        model.addAttribute("state", state);
        model.addAttribute("states", FeedbackState.values());
        return common(model, "feedback/inbox");
    }

    @GetMapping("/feedback/{id}")
    String item(@PathVariable long id, Actor actor, Model model) {
        if (!model.containsAttribute("answerForm")) {
            model.addAttribute("answerForm", new AnswerForm());
        }
        model.addAttribute("item", desk.open(actor, id));
        return common(model, "feedback/item");
    }

    @PostMapping("/feedback/{id}/acknowledge")
    String acknowledge(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        desk.acknowledge(actor, id);
        redirect.addFlashAttribute("flash", "feedback.acknowledged");
        return "redirect:/feedback/" + id;
    }

    @PostMapping("/feedback/{id}/answer")
    String answer(@PathVariable long id, Actor actor, @ModelAttribute("answerForm") AnswerForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                desk.close(actor, id, form.getAnswer());
                redirect.addFlashAttribute("flash", "feedback.answered");
                return "redirect:/feedback/" + id;
            } catch (InvalidInputException e) {
                FormErrors.copy(e, result);
            }
        }
        return item(id, actor, model);
    }

    private String showForm(Actor actor, Model model) {
        model.addAttribute("areas", desk.areasWithContacts());
        List<Long> mentees = mentorships.currentMenteeIds(actor.personId());
        model.addAttribute("mentees", mentees.isEmpty() ? List.of() : people.summariesInOrder(mentees));
        return common(model, "feedback/new");
    }

    private String common(Model model, String view) {
        Map<String, String> names = catalog.functionalAreas().stream()
                .collect(Collectors.toMap(Catalog.FunctionalArea::code, Catalog.FunctionalArea::name));
        model.addAttribute("areaNames", names);
        model.addAttribute("zone", LocaleContextHolder.getTimeZone().getID());
        model.addAttribute("leadership", FeedbackDesk.LEADERSHIP);
        return view;
    }
}
