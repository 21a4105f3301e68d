package org.repsportal.notifications;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.repsportal.people.Actor;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The person's mail settings: for each category, at once, in the daily digest, or off. */
@Controller
class NotificationSettingsController {

    static final String VIEW = "notifications/settings";

    private final MailPreferences preferences;

    NotificationSettingsController(MailPreferences preferences) {
        this.preferences = preferences;
    }

    @InitBinder("form")
    void allowOnlyChoices(WebDataBinder binder) {
        binder.setAllowedFields("choices[*]");
    }

    @GetMapping("/settings/notifications")
    String settings(Actor actor, Model model) {
        return page(NotificationSettingsForm.from(preferences.of(actor.personId())), Map.of(), model);
    }

    @PostMapping("/settings/notifications")
    String save(Actor actor, @ModelAttribute("form") NotificationSettingsForm form, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        Map<MailCategory, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(error -> categoryOf(error.getField())
                .ifPresent(category -> errors.put(category, "notifications.settings.notAllowed")));
        if (errors.isEmpty()) {
            try {
                preferences.choose(actor, form.getChoices());
                redirect.addFlashAttribute("flash", "notifications.settings.saved");
                return "redirect:/settings/notifications";
            } catch (InvalidInputException e) {
                for (FieldProblem problem : e.problems()) {
                    categoryOf(problem.field()).ifPresent(category -> errors.put(category, problem.messageKey()));
                }
            }
        }
        var shown = NotificationSettingsForm.from(preferences.of(actor.personId()));
        form.getChoices().forEach((category, delivery) -> {
            if (delivery != null) {
                shown.getChoices().put(category, delivery);
            }
        });
        return page(shown, errors, model);
    }

    private String page(NotificationSettingsForm form, Map<MailCategory, String> errors, Model model) {
        List<MailCategory> chosen = Arrays.stream(MailCategory.values()).filter(c -> c.choices().size() > 1).toList();
        List<MailCategory> always = Arrays.stream(MailCategory.values()).filter(c -> c.choices().size() == 1).toList();
        model.addAttribute("form", form);
        model.addAttribute("categories", chosen);
        model.addAttribute("alwaysSent", always);
        model.addAttribute("errors", errors);
        return VIEW;
    }

    private static Optional<MailCategory> categoryOf(String field) {
        return Arrays.stream(MailCategory.values())
                .filter(category -> MailPreferences.fieldOf(category).equals(field))
                .findFirst();
    }
}
