package org.repsportal.identity;

import jakarta.validation.Valid;
import org.repsportal.people.Actor;
import org.repsportal.platform.Decision;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The person's settings: personal access tokens for the API, and the providers' identities they sign in with. */
@Controller
class SettingsController {

    private final AccessTokens tokens;
    private final SignInIdentities identities;
    private final SignInProviders providers;

    SettingsController(AccessTokens tokens, SignInIdentities identities, SignInProviders providers) {
        this.tokens = tokens;
        this.identities = identities;
        this.providers = providers;
    }

    /** An identity as the settings page lists it: the provider's name beside what was linked. */
    record ShownIdentity(long id, String provider, String email, java.time.Instant linkedAt) {
    }

    @GetMapping("/settings")
    String settings(Actor actor, Model model) {
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm());
        }
        model.addAttribute("tokens", tokens.of(actor));
        identitiesOf(actor, model);
        return "identity/settings";
    }

    /** Unlinks one of the person's identities; the last way in stays, with the reason shown. */
    @PostMapping("/settings/identities/{id}/unlink")
    String unlink(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        Decision decision = identities.unlink(actor, id);
        redirect.addFlashAttribute(decision.allowed() ? "flash" : "identityError",
                decision.allowed() ? "settings.identities.unlinked" : decision.reason());
        return "redirect:/settings";
    }

    private void identitiesOf(Actor actor, Model model) {
        var linked = identities.of(actor);
        model.addAttribute("identities", linked.stream()
                .map(each -> new ShownIdentity(each.id(), providers.nameOf(each.issuer()), each.email(), each.linkedAt()))
                .toList());
        model.addAttribute("providers", providers.all());
        model.addAttribute("mayUnlink", !linked.isEmpty() && identities.mayUnlink(actor).allowed());
    }

    @PostMapping("/settings/tokens")
    String createToken(Actor actor, @Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult result,
                       Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            model.addAttribute("tokens", tokens.of(actor));
            identitiesOf(actor, model);
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
