package org.repsportal.mentorship;

import java.util.List;

import jakarta.validation.Valid;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.people.Role;
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

/**
 * A mentee's proposals page: the mentors the portal proposes, ranked and explained; the mentee, their mentor or the
 * Council proposes one of them as the new mentor; the Council dismisses a proposal with a reason. And the page on
 * which the Council sets a mentor's capacity.
 */
@Controller
class ProposalController {

    /** How many of the ranked proposals the page shows, best first. */
    static final int SHOWN = 10;

    private final MentorProposals proposals;
    private final Reassignments reassignments;
    private final Mentorships mentorships;
    private final People people;
    private final org.repsportal.people.PersonPicker picker;

    ProposalController(MentorProposals proposals, Reassignments reassignments, Mentorships mentorships, People people, org.repsportal.people.PersonPicker picker) {
        this.picker = picker;
        this.proposals = proposals;
        this.reassignments = reassignments;
        this.mentorships = mentorships;
        this.people = people;
    }

    @InitBinder("proposal")
    void proposalFields(WebDataBinder binder) {
        binder.setAllowedFields("toMentorId", "reason");
    }

    @InitBinder("dismissal")
    void dismissalFields(WebDataBinder binder) {
        binder.setAllowedFields("mentorId", "reason");
    }

    @InitBinder("capacity")
    void capacityFields(WebDataBinder binder) {
        binder.setAllowedFields("capacity");
    }

    @GetMapping("/people/{id}/reassignment")
    String page(@PathVariable long id, Actor actor, Model model) {
        var form = new ProposalForms.Propose();
        return show(id, actor, model, form, new ProposalForms.Dismiss());
    }

    @PostMapping("/people/{id}/reassignment")
    String propose(@PathVariable long id, Actor actor, @Valid @ModelAttribute("proposal") ProposalForms.Propose form,
                   BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long reassignment = reassignments.propose(actor, id, form.getToMentorId(), form.getReason());
                redirect.addFlashAttribute("flash", "proposals.proposed");
                return "redirect:/mentorship/reassignments/" + reassignment;
            } catch (RuleViolationException e) {
                result.rejectValue(e.reasonKey().equals("policy.mentorship.reassignment-needs-reason") ? "reason" : "toMentorId",
                        e.reasonKey());
            }
        }
        return show(id, actor, model, form, new ProposalForms.Dismiss());
    }

    @PostMapping("/people/{id}/proposals/dismissals")
    String dismiss(@PathVariable long id, Actor actor, @Valid @ModelAttribute("dismissal") ProposalForms.Dismiss form,
                   BindingResult result, Model model, RedirectAttributes redirect) {
        mentorships.mayAssign(actor).orForbid();
        if (!result.hasErrors()) {
            try {
                proposals.dismiss(actor, id, form.getMentorId(), form.getReason());
                redirect.addFlashAttribute("flash", "proposals.dismissed");
                return "redirect:/people/" + id + "/reassignment";
            } catch (RuleViolationException e) {
                result.rejectValue("reason", e.reasonKey());
            }
        }
        return show(id, actor, model, new ProposalForms.Propose(), form);
    }

    private String show(long menteeId, Actor actor, Model model, ProposalForms.Propose proposal, ProposalForms.Dismiss dismissal) {
        List<Proposal> ranked = proposals.forMentee(actor, menteeId).stream().limit(SHOWN).toList();
        Person mentee = people.get(menteeId);
        Long current = mentorships.currentMentorOf(menteeId).orElse(null);
        model.addAttribute("mentee", mentee);
        model.addAttribute("currentMentor", current == null ? null : people.summaries(List.of(current)).get(current));
        model.addAttribute("ranked", ranked);
        model.addAttribute("rankedOptions", picker.options(ranked.stream().map(Proposal::mentorId).toList()));
        model.addAttribute("labels", picker.labels(ranked.stream().map(Proposal::mentorId).toList()));
        model.addAttribute("proposal", proposal);
        model.addAttribute("dismissal", dismissal);
        model.addAttribute("mayPropose", actor.has(Role.COUNCIL) || actor.is(menteeId) || (current != null && actor.is(current)));
        model.addAttribute("mayDismiss", mentorships.mayAssign(actor).allowed());
        model.addAttribute("open", reassignments.openInvolving(actor).stream().filter(r -> r.menteeId() == menteeId).findFirst()
                .orElse(null));
        return "mentorship/propose";
    }

    @GetMapping("/people/{id}/capacity")
    String capacityPage(@PathVariable long id, Actor actor, Model model) {
        mentorships.mayAssign(actor).orForbid();
        var form = new ProposalForms.Capacity();
        form.setCapacity(mentorships.capacityOf(id));
        model.addAttribute("capacity", form);
        return showCapacity(id, model);
    }

    @PostMapping("/people/{id}/capacity")
    String setCapacity(@PathVariable long id, Actor actor, @Valid @ModelAttribute("capacity") ProposalForms.Capacity form,
                       BindingResult result, Model model, RedirectAttributes redirect) {
        mentorships.mayAssign(actor).orForbid();
        if (!result.hasErrors()) {
            try {
                mentorships.setCapacity(actor, id, form.getCapacity());
                redirect.addFlashAttribute("flash", "capacity.saved");
                return "redirect:/people/" + id;
            } catch (RuleViolationException e) {
                result.rejectValue("capacity", e.reasonKey());
            }
        }
        return showCapacity(id, model);
    }

    private String showCapacity(long mentorId, Model model) {
        model.addAttribute("mentor", people.get(mentorId));
        model.addAttribute("load", mentorships.currentMenteeCount(mentorId));
        model.addAttribute("current", mentorships.capacityOf(mentorId));
        return "mentorship/capacity";
    }
}
