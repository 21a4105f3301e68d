package org.repsportal.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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

/** The Admin's page of one account: whether it may sign in, its disabling history, and disabling it. */
@Controller
class AccountsAdminController {

    private final AccountDisabling disabling;

    AccountsAdminController(AccountDisabling disabling) {
        this.disabling = disabling;
    }

    @InitBinder("disableForm")
    void allowOnly(WebDataBinder binder) {
        binder.setAllowedFields("reason");
    }

    @GetMapping("/admin/accounts/{personId}")
    String account(@PathVariable long personId, Actor actor, Model model) {
        if (!model.containsAttribute("disableForm")) {
            model.addAttribute("disableForm", new DisableForm());
        }
        model.addAttribute("account", disabling.status(actor, personId));
        return "identity/account";
    }

    @PostMapping("/admin/accounts/{personId}/disable")
    String disable(@PathVariable long personId, Actor actor, @Valid @ModelAttribute("disableForm") DisableForm form,
                   BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                disabling.disable(actor, personId, form.getReason());
                redirect.addFlashAttribute("flash", "identity.disable.done");
                return "redirect:/admin/accounts/" + personId;
            } catch (InvalidInputException e) {
                FormErrors.copy(e, result);
            }
        }
        model.addAttribute("account", disabling.status(actor, personId));
        return "identity/account";
    }

    /** Why the account is disabled; kept in the audit trail. */
    static class DisableForm {

        @NotBlank
        @Size(max = AccountDisabling.REASON_MAX)
        private String reason;

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }
}
