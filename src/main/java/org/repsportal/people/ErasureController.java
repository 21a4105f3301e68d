package org.repsportal.people;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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

/** An Admin erases a person on the page, after a confirm step: the person's email typed again. */
@Controller
class ErasureController {

    private final Erasure erasure;

    ErasureController(Erasure erasure) {
        this.erasure = erasure;
    }

    @InitBinder("eraseForm")
    void allowOnly(WebDataBinder binder) {
        binder.setAllowedFields("reason", "confirmation");
    }

    @GetMapping("/people/{id}/erase")
    String confirm(@PathVariable long id, Actor actor, Model model) {
        if (!model.containsAttribute("eraseForm")) {
            model.addAttribute("eraseForm", new EraseForm());
        }
        model.addAttribute("person", erasure.toErase(actor, id));
        return "people/erase";
    }

    @PostMapping("/people/{id}/erase")
    String erase(@PathVariable long id, Actor actor, @Valid @ModelAttribute("eraseForm") EraseForm form,
                 BindingResult result, Model model, RedirectAttributes redirect) {
        Person person = erasure.toErase(actor, id);
        if (!result.hasErrors()) {
            try {
                erasure.erase(actor, id, form.getReason(), form.getConfirmation());
                redirect.addFlashAttribute("flash", "people.erase.done");
                return "redirect:/people/" + id;
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> result.rejectValue(p.field(), p.messageKey()));
            }
        }
        model.addAttribute("person", person);
        return "people/erase";
    }

    /** Why the person is erased, and their email typed again to be sure it is the right person. */
    static class EraseForm {

        @NotBlank
        @Size(max = Erasure.REASON_MAX)
        private String reason;

        @NotBlank
        private String confirmation;

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public String getConfirmation() {
            return confirmation;
        }

        public void setConfirmation(String confirmation) {
            this.confirmation = confirmation;
        }
    }
}
