package org.repsportal.mentorship;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages for changes of mentor and stepping down: the mentor's form, the parties' answers, the Council's decisions. */
@Controller
class ReassignmentController {

    private final Reassignments reassignments;
    private final StepDowns stepDowns;
    private final MentorProposals proposals;
    private final Mentorships mentorships;
    private final People people;
    private final org.repsportal.people.PersonPicker picker;
    private final Clock clock;

    ReassignmentController(Reassignments reassignments, StepDowns stepDowns, MentorProposals proposals,
                           Mentorships mentorships, People people, Clock clock, org.repsportal.people.PersonPicker picker) {
        this.picker = picker;
        this.reassignments = reassignments;
        this.stepDowns = stepDowns;
        this.proposals = proposals;
        this.mentorships = mentorships;
        this.people = people;
        this.clock = clock;
    }

    @InitBinder("stepDown")
    void stepDownFields(WebDataBinder binder) {
        binder.setAllowedFields("lastDay", "leavingProgram", "successors*", "subject", "body");
    }

    @GetMapping("/mentorship")
    String overview(Actor actor, Model model) {
        model.addAttribute("open", reassignments.openInvolving(actor));
        model.addAttribute("withCouncil", actor.has(Role.COUNCIL) ? reassignments.withCouncil(actor) : java.util.List.of());
        model.addAttribute("isMentor", actor.has(Role.MENTOR));
        return "mentorship/overview";
    }

    @GetMapping("/mentorship/step-down")
    String stepDownForm(Actor actor, Model model) {
        var draft = stepDowns.draft(actor, null);
        var form = new StepDownForm();
        form.setLastDay(LocalDate.now(clock).plusDays(30));
        form.setSubject(draft.subject());
        form.setBody(draft.body());
        model.addAttribute("stepDown", form);
        return showStepDownForm(actor, model);
    }

    @PostMapping("/mentorship/step-down")
    String stepDown(Actor actor, @Valid @ModelAttribute("stepDown") StepDownForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = stepDowns.start(actor, form.getLastDay(), form.isLeavingProgram(), form.getSuccessors(),
                        form.getSubject(), form.getBody());
                redirect.addFlashAttribute("flash", "stepdown.started");
                return "redirect:/mentorship/step-downs/" + id;
            } catch (RuleViolationException e) {
                result.rejectValue("lastDay", e.reasonKey());
            }
        }
        return showStepDownForm(actor, model);
    }

    private String showStepDownForm(Actor actor, Model model) {
        var mentees = mentorships.currentMenteeIds(actor.personId());
        model.addAttribute("mentees", picker.options(mentees));
        // successors are recommended by mentors; anyone else sees the form without mentees to hand over
        boolean mayRecommend = org.repsportal.people.PersonPicker.mayPick(actor, org.repsportal.people.PickPurpose.MENTOR).allowed();
        model.addAttribute("mentors", !mayRecommend ? java.util.List.of()
                : picker.search(actor, org.repsportal.people.PickPurpose.MENTOR, null, null).stream()
                        .filter(m -> m.id() != actor.personId()).toList());
        return "mentorship/step-down";
    }

    @GetMapping("/mentorship/step-downs/{id}")
    String stepDownPage(@PathVariable long id, Actor actor, Model model) {
        model.addAttribute("stepDown", stepDowns.view(actor, id, proposals));
        model.addAttribute("council", actor.has(Role.COUNCIL));
        return "mentorship/step-down-view";
    }

    @PostMapping("/mentorship/step-downs/{id}/assign")
    String acceptProposal(@PathVariable long id, Actor actor, @RequestParam(required = false) Long menteeId,
                          @RequestParam(required = false) Long mentorId, RedirectAttributes redirect) {
        var view = stepDowns.view(actor, id, proposals);
        if (menteeId == null || mentorId == null) {
            throw new org.repsportal.platform.InvalidInputException(java.util.List.of(
                    new org.repsportal.platform.FieldProblem(menteeId == null ? "menteeId" : "mentorId", "mentorship.api.required")));
        }
        if (view.mentees().stream().noneMatch(m -> m.id() == menteeId)) {
            throw new org.repsportal.platform.NotFoundException("Mentee", menteeId);
        }
        reassignments.reassignByCouncil(actor, menteeId, mentorId, "mentor steps down");
        redirect.addFlashAttribute("flash", "reassignment.assigned");
        return "redirect:/mentorship/step-downs/" + id;
    }

    @GetMapping("/mentorship/reassignments/{id}")
    String reassignment(@PathVariable long id, Actor actor, Model model) {
        model.addAttribute("r", reassignments.view(actor, id));
        model.addAttribute("council", actor.has(Role.COUNCIL));
        model.addAttribute("action", "/mentorship/reassignments/" + id);
        return "mentorship/reassignment";
    }

    @PostMapping("/mentorship/reassignments/{id}/agree")
    String agree(@PathVariable long id, Actor actor, @RequestParam(required = false) String handoverNote,
                 RedirectAttributes redirect) {
        reassignments.agree(actor, id, handoverNote);
        redirect.addFlashAttribute("flash", "reassignment.agreed");
        return "redirect:/mentorship/reassignments/" + id;
    }

    @PostMapping("/mentorship/reassignments/{id}/decline")
    String decline(@PathVariable long id, Actor actor, @RequestParam(required = false) String reason, Model model,
                   RedirectAttributes redirect) {
        try {
            reassignments.decline(actor, id, reason);
        } catch (RuleViolationException e) {
            model.addAttribute("r", reassignments.view(actor, id));
            model.addAttribute("council", actor.has(Role.COUNCIL));
            model.addAttribute("action", "/mentorship/reassignments/" + id);
            model.addAttribute("declineError", e.reasonKey());
            return "mentorship/reassignment";
        }
        redirect.addFlashAttribute("flash", "reassignment.declined");
        return "redirect:/mentorship/reassignments/" + id;
    }

    @PostMapping("/mentorship/reassignments/{id}/decision")
    String decide(@PathVariable long id, Actor actor, @RequestParam(required = false) Boolean approve, RedirectAttributes redirect) {
        reassignments.decideAnswer(actor, id, approve);
        redirect.addFlashAttribute("flash", approve ? "reassignment.approved" : "reassignment.rejected");
        return "redirect:/mentorship/reassignments/" + id;
    }

    @GetMapping("/mentorship/reassignments/answer/{token}")
    String answerPage(@PathVariable String token, Actor actor, Model model) {
        var view = reassignments.viewByToken(actor, token);
        model.addAttribute("r", view);
        model.addAttribute("council", false);
        model.addAttribute("action", "/mentorship/reassignments/answer/" + token);
        return "mentorship/reassignment";
    }

    @PostMapping("/mentorship/reassignments/answer/{token}/agree")
    String agreeByLink(@PathVariable String token, Actor actor, @RequestParam(required = false) String handoverNote,
                       RedirectAttributes redirect) {
        var view = reassignments.agreeByToken(actor, token, handoverNote);
        redirect.addFlashAttribute("flash", "reassignment.agreed");
        return "redirect:/mentorship/reassignments/" + view.id();
    }

    @PostMapping("/mentorship/reassignments/answer/{token}/decline")
    String declineByLink(@PathVariable String token, Actor actor, @RequestParam(required = false) String reason,
                         RedirectAttributes redirect) {
        var view = reassignments.declineByToken(actor, token, reason);
        redirect.addFlashAttribute("flash", "reassignment.declined");
        return "redirect:/mentorship/reassignments/" + view.id();
    }
}
