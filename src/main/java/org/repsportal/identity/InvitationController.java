package org.repsportal.identity;

import jakarta.servlet.http.HttpSession;
import org.repsportal.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page behind an invitation link: set a password or continue with an OpenID Connect provider, or ask for a new
 * link when it has expired.
 */
@Controller
class InvitationController {

    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 200;

    private final AccountInvitations invitations;
    private final SignInProviders providers;
    private final IdentityProperties properties;

    InvitationController(AccountInvitations invitations, SignInProviders providers, IdentityProperties properties) {
        this.invitations = invitations;
        this.providers = providers;
        this.properties = properties;
    }

    @GetMapping("/invitation/{token}")
    String show(@PathVariable String token, Model model) {
        model.addAttribute("standing", invitations.standing(token).name());
        model.addAttribute("token", token);
        model.addAttribute("providers", providers.all());
        model.addAttribute("passwordSignIn", properties.passwordSignIn());
        return "identity/invitation";
    }

    /**
     * Completes a valid invitation with a provider: the token waits in the session while the person signs in there,
     * and the identity they come back with is bound to the invited account.
     */
    @GetMapping("/invitation/{token}/with/{registrationId}")
    String continueWith(@PathVariable String token, @PathVariable String registrationId, HttpSession session) {
        SignInProviders.Provider provider = providers.byId(registrationId)
                .orElseThrow(() -> new NotFoundException("Provider", registrationId));
        if (invitations.standing(token) != AccountInvitations.Standing.VALID) {
            return "redirect:/invitation/" + token;
        }
        session.setAttribute(ProviderSignIn.INVITATION, token);
        return "redirect:/oauth2/authorization/" + provider.registrationId();
    }

    @PostMapping("/invitation/{token}")
    String accept(@PathVariable String token, @RequestParam(required = false) String password,
                  @RequestParam(required = false) String confirmation, Model model, RedirectAttributes redirect) {
        AccountInvitations.Standing standing = invitations.standing(token);
        if (standing != AccountInvitations.Standing.VALID || !properties.passwordSignIn()) {
            return show(token, model);
        }
        String error = null;
        if (password == null || password.length() < MIN_PASSWORD) {
            error = "invitation.password.short";
        } else if (password.length() > MAX_PASSWORD) {
            error = "invitation.password.long";
        } else if (!password.equals(confirmation)) {
            error = "invitation.password.mismatch";
        }
        if (error != null) {
            model.addAttribute("passwordError", error);
            return show(token, model);
        }
        invitations.accept(token, password);
        redirect.addFlashAttribute("flash", "invitation.accepted");
        return "redirect:/login";
    }

    @PostMapping("/invitation/{token}/renew")
    String renew(@PathVariable String token, RedirectAttributes redirect) {
        invitations.renew(token);
        redirect.addFlashAttribute("flash", "invitation.renewed");
        return "redirect:/invitation/" + token;
    }
}
