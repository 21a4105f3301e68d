package org.repsportal.identity;

import jakarta.validation.Valid;
import org.repsportal.people.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The person's settings: personal access tokens for the API. */
@Controller
class SettingsController {

    private final AccessTokens tokens;

    SettingsController(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/settings")
    String settings(Actor actor, Model model) {
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm());
        }
        model.addAttribute("tokens", tokens.of(actor));
        return "identity/settings";
    }

    @PostMapping("/settings/tokens")
    String createToken(Actor actor, @Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult result,
                       Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            model.addAttribute("tokens", tokens.of(actor));
            return "identity/settings";
        }
        CreatedToken created = tokens.create(actor, form.getName());
        // shown once, on the page the redirect leads to; only the hash is kept
        redirect.addFlashAttribute("newToken", created.secret());
        redirect.addFlashAttribute("newTokenName", created.token().getName());
        return "redirect:/settings";
    }

    @PostMapping("/settings/tokens/{id}/revoke")
    String revoke(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        tokens.revoke(actor, id);
        redirect.addFlashAttribute("flash", "settings.tokens.revoked");
        return "redirect:/settings";
    }
}
