package org.repsportal.mentorship;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.people.ProfileVisibilityPolicy;
import org.repsportal.people.Role;
import org.repsportal.platform.ForbiddenException;
import org.repsportal.platform.RuleViolationException;
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

/** A Rep's mentorship: the current mentor, the history, and (for the Council and Admins) a change of mentor. */
@Controller
class MentorshipController {

    private final Mentorships mentorships;
    private final People people;

    MentorshipController(Mentorships mentorships, People people) {
        this.mentorships = mentorships;
        this.people = people;
    }

    @InitBinder("assignment")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("mentorId", "kind", "reason", "override", "capacityOverride", "interimLastDay");
    }

    @GetMapping("/people/{id}/mentor")
    String page(@PathVariable long id, Actor actor, Model model) {
        Person mentee = people.get(id);
        mayView(actor, id);
        var form = new AssignmentForm();
        mentorships.currentMentorOf(id).ifPresent(form::setMentorId);
        model.addAttribute("assignment", form);
        return show(mentee, actor, model);
    }

    @PostMapping("/people/{id}/mentor")
    String assign(@PathVariable long id, Actor actor, @Valid @ModelAttribute("assignment") AssignmentForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
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
        return show(mentee, actor, model);
    }

    private void mayView(Actor actor, long menteeId) {
        Long mentorId = mentorships.currentMentorOf(menteeId).orElse(null);
        if (!ProfileVisibilityPolicy.isInCloseCircle(actor, menteeId, mentorId)) {
            throw new ForbiddenException("policy.mentorship.history-private");
        }
    }

    private String show(Person mentee, Actor actor, Model model) {
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
            var mentors = people.activeWithRole(Role.MENTOR).stream().filter(m -> m.id() != mentee.getId()).toList();
            model.addAttribute("mentors", mentors);
            model.addAttribute("notReady", mentorships.notReadyForNewMentees(mentors.stream().map(m -> m.id()).toList()));
            model.addAttribute("loads", mentorships.currentMenteeCounts());
            model.addAttribute("capacities", mentorships.capacitiesOf(mentors.stream().map(m -> m.id()).toList()));
            model.addAttribute("kinds", AssignmentKind.values());
        }
        return "mentorship/assign";
    }
}
