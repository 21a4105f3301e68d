package org.repsportal.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page: the password form (unless the program turned it off) and a link per OpenID Connect provider. */
@Controller
class SignInController {

    private final SignInProviders providers;
    private final IdentityProperties properties;

    SignInController(SignInProviders providers, IdentityProperties properties) {
        this.providers = providers;
        this.properties = properties;
    }

    @GetMapping("/login")
    String signIn(Authentication authentication, Model model, HttpServletRequest request, HttpServletResponse response) {
        if (signedIn(authentication)) {
            return "redirect:/";
        }
        model.addAttribute("refused", request.getParameter("error") != null);
        model.addAttribute("email", SignInFailure.typedEmail(request, response));
        ways(model);
        return "identity/login";
    }

    /** Why a sign-in through a provider did not let the person in, and the other ways in. */
    @GetMapping("/login/refused")
    String refused(@RequestParam(required = false) String reason, Authentication authentication, Model model) {
        String known = reason != null && ProviderSignInRefused.REASONS.contains(reason) ? reason : ProviderSignInRefused.FAILED;
        model.addAttribute("reason", "login.provider.refused." + known);
        model.addAttribute("signedIn", signedIn(authentication));
        ways(model);
        return "identity/refused";
    }

    private void ways(Model model) {
        model.addAttribute("providers", providers.all());
        model.addAttribute("passwordSignIn", properties.passwordSignIn());
    }

    private static boolean signedIn(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
