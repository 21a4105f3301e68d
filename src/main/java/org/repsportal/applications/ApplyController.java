package org.repsportal.applications;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.repsportal.people.Catalog;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.FormErrors;
import org.repsportal.platform.IllegalTransitionException;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.RuleViolationException;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public side: the form, the confirmation link, the applicant's status page and the referee's form. */
@Controller
class ApplyController {

    private final Applications applications;
    private final ApplicationViews views;
    private final ApplicationsProperties properties;
    private final Catalog catalog;
    private final Clock clock;

    ApplyController(Applications applications, ApplicationViews views, ApplicationsProperties properties, Catalog catalog,
                    Clock clock) {
        this.applications = applications;
        this.views = views;
        this.properties = properties;
        this.catalog = catalog;
        this.clock = clock;
    }

    @InitBinder("form")
    void formFields(WebDataBinder binder) {
        binder.setAllowedFields("name", "email", "region", "country", "city", "languages", "timeZone", "functionalAreas",
                "adult", "monthsInvolved", "motivation", "contributions", "otherProjects", "goals", "mobilising", "links",
                "refereeNames*", "refereeEmails*", "startedAt", "website");
    }

    @GetMapping("/apply")
    String form(@RequestParam(required = false) String sent, Model model) {
        if (sent != null) {
            return "applications/sent";
        }
        var form = new ApplicationForm();
        form.setStartedAt(clock.millis());
        model.addAttribute("form", form);
        return showForm(model);
    }

    @PostMapping("/apply")
    String apply(@ModelAttribute("form") ApplicationForm form, BindingResult result, Model model, HttpServletRequest request,
                 java.util.Locale locale) {
        if (form.getWebsite() != null && !form.getWebsite().isBlank()) {
            // a script filled in the hidden field: it is told what a person would be told, and nothing is kept
            return "redirect:/apply?sent";
        }
        boolean tooFast = form.getStartedAt() == null
                || clock.millis() - form.getStartedAt() < properties.minFillTime().toMillis();
        if (tooFast) {
            result.reject("application.tooFast");
        }
        if (!result.hasErrors()) {
            try {
                applications.apply(form.toRequest(), request.getRemoteAddr(), locale);
                return "redirect:/apply?sent";
            } catch (InvalidInputException e) {
                e.problems().stream().map(FieldProblem::messageKey).filter(key -> key.startsWith("application.refused."))
                        .forEach(key -> model.addAttribute("refusal", key));
                FormErrors.copy(e, result, ApplicationForm::field);
            } catch (RuleViolationException e) {
                result.reject(e.reasonKey());
            }
        }
        form.setStartedAt(tooFast ? clock.millis() : form.getStartedAt());
        return showForm(model);
    }

    @GetMapping("/apply/confirm/{token}")
    String confirm(@PathVariable String token, RedirectAttributes redirect) {
        Application a = applications.confirm(token);
        redirect.addFlashAttribute("flash", "application.confirmed");
        return "redirect:/application/" + a.getStatusToken();
    }

    @GetMapping("/application/{token}")
    String status(@PathVariable String token, Model model) {
        Application a = applications.byStatusToken(token);
        views.status(a, model);
        return "applications/status";
    }

    @PostMapping("/application/{token}/withdraw")
    String withdraw(@PathVariable String token, RedirectAttributes redirect) {
        applications.withdraw(token);
        redirect.addFlashAttribute("flash", "application.withdrawn");
        return "redirect:/application/" + token;
    }

    @PostMapping("/application/{token}/slot")
    String pick(@PathVariable String token, @RequestParam(required = false) Long slot, Model model, RedirectAttributes redirect) {
        try {
            if (slot == null) {
                throw new InvalidInputException(List.of(new FieldProblem("slot", "application.slot.unknown")));
            }
            applications.pickSlot(token, slot);
            redirect.addFlashAttribute("flash", "application.slot.picked");
            return "redirect:/application/" + token;
        } catch (InvalidInputException e) {
            model.addAttribute("slotError", e.problems().get(0).messageKey());
            return status(token, model);
        }
    }

    @GetMapping("/application/{token}/answers")
    String answers(@PathVariable String token, Model model) {
        Application a = applications.byStatusToken(token);
        var form = new ApplicationForm();
        Answers answers = a.getAnswers();
        form.setMotivation(answers.motivation());
        form.setContributions(answers.contributions());
        form.setOtherProjects(answers.otherProjects());
        form.setGoals(answers.goals());
        form.setMobilising(answers.mobilising());
        form.setLinks(String.join("\n", a.getLinks()));
        model.addAttribute("form", form);
        model.addAttribute("token", token);
        return "applications/answers";
    }

    @InitBinder("answersForm")
    void answerFields(WebDataBinder binder) {
        binder.setAllowedFields("motivation", "contributions", "otherProjects", "goals", "mobilising", "links");
    }

    @PostMapping("/application/{token}/answers")
    String correct(@PathVariable String token, @ModelAttribute("answersForm") ApplicationForm form, BindingResult result,
                   Model model, RedirectAttributes redirect) {
        try {
            applications.correct(token, new Answers(form.getMotivation(), form.getContributions(), form.getOtherProjects(),
                    form.getGoals(), form.getMobilising()), ApplicationForm.splitLines(form.getLinks()));
            redirect.addFlashAttribute("flash", "application.corrected");
            return "redirect:/application/" + token;
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result, ApplicationForm::field);
            model.addAttribute("form", form);
            model.addAttribute("org.springframework.validation.BindingResult.form", result);
            model.addAttribute("token", token);
            return "applications/answers";
        }
    }

    @GetMapping("/reference/{token}")
    String reference(@PathVariable String token, Model model) {
        Referee r = applications.byRefereeToken(token);
        model.addAttribute("referee", r);
        model.addAttribute("applicant", applications.applicationOf(r).getName());
        model.addAttribute("token", token);
        return "applications/reference";
    }

    @PostMapping("/reference/{token}")
    String answerReference(@PathVariable String token, @RequestParam(required = false) String howKnown,
                           @RequestParam(required = false) String whatSeen, @RequestParam(required = false) Boolean vouches,
                           Model model, RedirectAttributes redirect) {
        try {
            applications.answerReference(token, howKnown, whatSeen, vouches);
            redirect.addFlashAttribute("flash", "application.reference.thanks");
            return "redirect:/reference/" + token;
        } catch (InvalidInputException e) {
            var errors = new java.util.LinkedHashMap<String, String>();
            e.problems().forEach(p -> errors.putIfAbsent(p.field(), p.messageKey()));
            model.addAttribute("errors", errors);
            model.addAttribute("howKnown", howKnown);
            model.addAttribute("whatSeen", whatSeen);
            model.addAttribute("vouches", vouches);
            return reference(token, model);
        }
    }

    private String showForm(Model model) {
        model.addAttribute("regions", catalog.regions());
        model.addAttribute("countries", catalog.countries());
        model.addAttribute("languages", catalog.languages());
        model.addAttribute("areas", catalog.functionalAreas());
        model.addAttribute("minMonths", properties.minMonthsInvolved());
        return "applications/apply";
    }
}
