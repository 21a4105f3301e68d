package org.repsportal.library;

import org.repsportal.people.Actor;
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

/** A suggested edit shown as a diff, and the Council editor's decision on it. */
@Controller
class SuggestionController {

    private final Library library;

    SuggestionController(Library library) {
        this.library = library;
    }

    @InitBinder("decision")
    void decisionFields(WebDataBinder binder) {
        binder.setAllowedFields("comment");
    }

    @GetMapping("/library/suggestions/{id}")
    String suggestion(@PathVariable long id, Actor actor, Model model) {
        model.addAttribute("decision", new DecisionForm());
        return show(id, actor, model);
    }

    @PostMapping("/library/suggestions/{id}/accept")
    String accept(@PathVariable long id, Actor actor, @ModelAttribute("decision") DecisionForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        try {
            String slug = library.accept(actor, id, form.getComment()).getSlug();
            redirect.addFlashAttribute("flash", "library.suggestion.accepted");
            return "redirect:/library/" + slug;
        } catch (InvalidInputException e) {
            FormErrors.copyOrGlobal(e, result);
            return show(id, actor, model);
        }
    }

    @PostMapping("/library/suggestions/{id}/reject")
    String reject(@PathVariable long id, Actor actor, @ModelAttribute("decision") DecisionForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        try {
            library.reject(actor, id, form.getComment());
            redirect.addFlashAttribute("flash", "library.suggestion.rejected");
            return "redirect:/library/suggestions/" + id;
        } catch (InvalidInputException e) {
            FormErrors.copyOrGlobal(e, result);
            return show(id, actor, model);
        }
    }

    private String show(long id, Actor actor, Model model) {
        model.addAttribute("view", library.suggestion(id));
        model.addAttribute("canEdit", LibraryPolicy.mayEdit(actor).allowed());
        return "library/suggestion";
    }
}
