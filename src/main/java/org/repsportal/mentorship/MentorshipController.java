package org.repsportal.mentorship;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.people.PersonOption;
import org.repsportal.people.PersonPicker;
import org.repsportal.people.PickPurpose;
import org.repsportal.people.ProfileVisibilityPolicy;
import org.repsportal.people.Role;
import org.repsportal.platform.ForbiddenException;
import org.repsportal.platform.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A Rep's mentorship: the current mentor, the history, and (for the Council and Admins) a change of mentor. */
@Controller
class MentorshipController {

    private final Mentorships mentorships;
    private final People people;
    private final PersonPicker picker;
    private final MessageSource messages;

    MentorshipController(Mentorships mentorships, People people, PersonPicker picker, MessageSource messages) {
        this.mentorships = mentorships;
        this.people = people;
        this.picker = picker;
        this.messages = messages;
    }

    @InitBinder("assignment")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("mentorId", "kind", "reason", "override", "capacityOverride", "interimLastDay");
    }

    @GetMapping("/people/{id}/mentor")
    String page(@PathVariable long id, Actor actor, @RequestParam(required = false) String q, Model model) {
        Person mentee = people.get(id);
        mayView(actor, id);
        var form = new AssignmentForm();
        mentorships.currentMentorOf(id).ifPresent(form::setMentorId);
        model.addAttribute("assignment", form);
        return show(mentee, actor, form, q, model);
    }

    @PostMapping("/people/{id}/mentor")
    String assign(@PathVariable long id, Actor actor, @Valid @ModelAttribute("assignment") AssignmentForm form,
                  BindingResult result, @RequestParam(required = false) String q, Model model, RedirectAttributes redirect) {
        Person mentee = people.get(id);
        mentorships.mayAssign(actor).orForbid();
        if (!result.hasErrors()) {
            try {
                mentorships.assign(actor, form.toRequest(id));
                redirect.addFlashAttribute("flash", "mentorship.saved");
                return "redirect:/people/" + id;
            } catch (RuleViolationException e) {
                result.rejectValue(e.reasonKey().equals("policy.mentorship.interim-needs-end") ? "interimLastDay"
                        : e.reasonKey().startsWith("policy.mentorship.capacity") ? "capacityOverride" : "mentorId", e.reasonKey());
            }
        }
        return show(mentee, actor, form, q, model);
    }

    private void mayView(Actor actor, long menteeId) {
        Long mentorId = mentorships.currentMentorOf(menteeId).orElse(null);
        if (!ProfileVisibilityPolicy.isInCloseCircle(actor, menteeId, mentorId)) {
            throw new ForbiddenException("policy.mentorship.history-private");
        }
    }

    private String show(Person mentee, Actor actor, AssignmentForm form, String q, Model model) {
        List<MentorAssignment> history = mentorships.historyOf(mentee.getId());
        var ids = new ArrayList<Long>();
        history.forEach(a -> ids.add(a.getMentorId()));
        model.addAttribute("mentee", mentee);
        model.addAttribute("history", history);
        model.addAttribute("names", people.summaries(ids));
        model.addAttribute("today", mentorships.today());
        model.addAttribute("viewerId", actor.personId());
        model.addAttribute("isCouncil", actor.has(Role.COUNCIL));
        Long current = mentorships.currentMentorOf(mentee.getId()).orElse(null);
        model.addAttribute("currentMentorId", current);
        model.addAttribute("handoverNotes", current != null && (actor.is(current) || actor.has(Role.COUNCIL))
                ? mentorships.handoverNotesFor(mentee.getId(), current) : List.of());
        boolean canAssign = mentorships.mayAssign(actor).allowed();
        model.addAttribute("canAssign", canAssign);
        if (canAssign) {
            List<PersonOption> mentors = picker.search(actor, PickPurpose.MENTOR, q, form.getMentorId()).stream()
                    .filter(m -> m.id() != mentee.getId()).toList();
            List<Long> mentorIds = mentors.stream().map(PersonOption::id).toList();
            var notReady = mentorships.notReadyForNewMentees(mentorIds);
            var loads = mentorships.currentMenteeCounts();
            var capacities = mentorships.capacitiesOf(mentorIds);
            var full = mentorIds.stream().filter(id -> capacities.get(id) != null && MentorCapacityPolicy
                    .hasSpareCapacity(loads.getOrDefault(id, 0L), capacities.get(id).intValue()).refused())
                    .collect(java.util.stream.Collectors.toSet());
            model.addAttribute("mentors", mentors);
            model.addAttribute("mentorTexts", optionTexts(mentors, notReady, full, loads, capacities));
            model.addAttribute("fullMentors", full);
            model.addAttribute("query", q);
            model.addAttribute("loads", loads);
            model.addAttribute("capacities", capacities);
            model.addAttribute("kinds", AssignmentKind.values());
        }
        return "mentorship/assign";
    }

    /** Each mentor's option: their label with how many mentees they have, whether they are full or still in orientation. */
    private java.util.Map<Long, String> optionTexts(List<PersonOption> mentors, java.util.Collection<Long> notReady,
                                                   java.util.Set<Long> full, java.util.Map<Long, ? extends Number> loads,
                                                   java.util.Map<Long, ? extends Number> capacities) {
        var locale = LocaleContextHolder.getLocale();
        var texts = new java.util.HashMap<Long, String>();
        for (PersonOption m : mentors) {
            int load = loads.get(m.id()) == null ? 0 : loads.get(m.id()).intValue();
            Number capacity = capacities.get(m.id());
            String text;
            if (full.contains(m.id())) {
                text = messages.getMessage("mentorship.mentor.option.full", new Object[] {m.label(), load, capacity}, locale);
            } else if (notReady.contains(m.id())) {
                text = messages.getMessage("mentorship.mentor.option.notReady", new Object[] {m.label(), load}, locale);
            } else {
                text = messages.getMessage("mentorship.mentor.option", new Object[] {m.label(), load}, locale);
            }
            texts.put(m.id(), text);
        }
        return texts;
    }
}
