package org.repsportal.applications;

import java.util.Locale;

import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.people.Role;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The onboarding checklist for the new Rep, their mentor and the Council, and the Welcome Pack's shipment. */
@Controller
class OnboardingController {

    private final Onboarding onboarding;
    private final ApplicationQueries queries;
    private final People people;
    private final org.repsportal.people.PersonPicker picker;

    OnboardingController(Onboarding onboarding, ApplicationQueries queries, People people, org.repsportal.people.PersonPicker picker) {
        this.picker = picker;
        this.onboarding = onboarding;
        this.queries = queries;
        this.people = people;
    }

    @GetMapping("/onboarding")
    String list(Actor actor, Model model) {
        var items = queries.onboardingsOf(actor);
        model.addAttribute("items", items);
        return "applications/onboardings";
    }

    @GetMapping("/onboarding/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        Application a = onboarding.get(actor, id);
        model.addAttribute("app", a);
        model.addAttribute("checklist", onboarding.checklist(a));
        model.addAttribute("pack", onboarding.pack(a));
        model.addAttribute("packHistory", onboarding.packHistory(a));
        model.addAttribute("mentorName", people.get(a.getMentorId()).getDisplayName());
        model.addAttribute("isNewRep", actor.is(a.getPersonId()));
        model.addAttribute("isMentor", actor.is(a.getMentorId()));
        model.addAttribute("isCouncil", actor.has(Role.COUNCIL));
        model.addAttribute("mentors", actor.has(Role.COUNCIL)
                ? picker.search(actor, org.repsportal.people.PickPurpose.MENTOR, null, a.getMentorId()) : java.util.List.of());
        return "applications/onboarding";
    }

    @PostMapping("/onboarding/{id}/steps/{step}")
    String tick(Actor actor, @PathVariable long id, @PathVariable String step, RedirectAttributes redirect) {
        Onboarding.Step which;
        try {
            which = Onboarding.Step.valueOf(step.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Onboarding step", step);
        }
        onboarding.tick(actor, id, which);
        redirect.addFlashAttribute("flash", "onboarding.step.done");
        return "redirect:/onboarding/" + id;
    }

    @PostMapping("/onboarding/{id}/mentor")
    String mentor(Actor actor, @PathVariable long id, @RequestParam(required = false) Long mentorId, RedirectAttributes redirect) {
        onboarding.changeMentor(actor, id, mentorId);
        redirect.addFlashAttribute("flash", "onboarding.mentor.changed");
        return "redirect:/onboarding/" + id;
    }

    @PostMapping("/onboarding/{id}/pack")
    String prepare(Actor actor, @PathVariable long id, @RequestParam(required = false) String address,
                   @RequestParam(required = false) Boolean addressConfirmed, @RequestParam(required = false) String contents,
                   @RequestParam(required = false) String sizes, @RequestParam(required = false) String customsValue,
                   Model model, RedirectAttributes redirect) {
        try {
            onboarding.preparePack(actor, id, address, Boolean.TRUE.equals(addressConfirmed), contents, sizes, customsValue);
            redirect.addFlashAttribute("flash", "onboarding.pack.saved");
            return "redirect:/onboarding/" + id;
        } catch (InvalidInputException e) {
            return again(actor, id, model, e, "address", address, "contents", contents, "sizes", sizes, "customsValue", customsValue);
        }
    }

    @PostMapping("/onboarding/{id}/pack/ship")
    String ship(Actor actor, @PathVariable long id, @RequestParam(required = false) String carrier,
                @RequestParam(required = false) String trackingNumber, Model model, RedirectAttributes redirect) {
        try {
            onboarding.ship(actor, id, carrier, trackingNumber);
            redirect.addFlashAttribute("flash", "onboarding.pack.shipped");
            return "redirect:/onboarding/" + id;
        } catch (InvalidInputException e) {
            return again(actor, id, model, e, "carrier", carrier, "trackingNumber", trackingNumber);
        }
    }

    @PostMapping("/onboarding/{id}/pack/delivered")
    String delivered(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        onboarding.markDelivered(actor, id);
        redirect.addFlashAttribute("flash", "onboarding.pack.saved");
        return "redirect:/onboarding/" + id;
    }

    @PostMapping("/onboarding/{id}/pack/returned")
    String returned(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        onboarding.markReturned(actor, id);
        redirect.addFlashAttribute("flash", "onboarding.pack.saved");
        return "redirect:/onboarding/" + id;
    }

    @PostMapping("/onboarding/{id}/pack/received")
    String received(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        onboarding.confirmReceipt(actor, id);
        redirect.addFlashAttribute("flash", "onboarding.pack.received");
        return "redirect:/onboarding/" + id;
    }

    private String again(Actor actor, long id, Model model, InvalidInputException e, String... typed) {
        var errors = new java.util.LinkedHashMap<String, String>();
        e.problems().forEach(p -> errors.putIfAbsent(p.field(), p.messageKey()));
        model.addAttribute("packErrors", errors);
        var values = new java.util.HashMap<String, String>();
        for (int i = 0; i + 1 < typed.length; i += 2) {
            values.put(typed[i], typed[i + 1]);
        }
        model.addAttribute("typed", values);
        return show(actor, id, model);
    }
}
