package org.repsportal.availability;

import org.repsportal.platform.Paging;
import java.util.ArrayList;
import java.util.List;

import org.repsportal.people.Actor;
import org.repsportal.people.MentorRelations;
import org.repsportal.people.People;
import org.repsportal.people.PersonPicker;
import org.repsportal.people.PickPurpose;
import org.repsportal.people.Role;
import org.repsportal.platform.FormErrors;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.NotFoundException;
import org.repsportal.platform.PageResult;
import org.repsportal.platform.Texts;
import org.springframework.beans.factory.ObjectProvider;
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

@Controller
class AbsenceController {

    /** An address nobody in the program has names no one: the delegate rule refuses it like any non-member. */
    private static final long NOBODY = 0;

    private final Absences absences;
    private final AbsenceQueries queries;
    private final People people;
    private final ObjectProvider<MentorRelations> mentors;
    private final Texts texts;
    private final PersonPicker picker;

    AbsenceController(Absences absences, AbsenceQueries queries, People people, ObjectProvider<MentorRelations> mentors,
                      Texts texts, PersonPicker picker) {
        this.picker = picker;
        this.absences = absences;
        this.queries = queries;
        this.people = people;
        this.mentors = mentors;
        this.texts = texts;
    }

    @InitBinder("absence")
    void fields(WebDataBinder binder) {
        binder.setAllowedFields("from", "to", "delegateId", "reason", "autoReply", "reassignmentRequested", "plan");
    }

    @GetMapping("/absences")
    String list(Actor actor, Paging paging, Model model) {
        model.addAttribute("result", queries.of(actor, actor.personId(), paging.number(), PageResult.DEFAULT_SIZE));
        return "availability/list";
    }

    @GetMapping("/absences/new")
    String newForm(Actor actor, @RequestParam(required = false) String q, Model model) {
        var form = new AbsenceForm();
        form.setAutoReply(texts.get("absence.autoReply.default"));
        model.addAttribute("absence", form);
        return showForm(actor, null, form, q, model);
    }

    @PostMapping("/absences")
    String declare(Actor actor, @ModelAttribute("absence") AbsenceForm form, BindingResult result,
                   @RequestParam(required = false) String q, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                absences.declare(actor, form.toAbsence(delegateOf(actor, form, q)));
                redirect.addFlashAttribute("flash", "absence.declared");
                return "redirect:/absences";
            } catch (InvalidInputException e) {
                FormErrors.copy(e, result, AbsenceForm::fieldOf);
            }
        }
        return showForm(actor, null, form, q, model);
    }

    @GetMapping("/absences/{id}/edit")
    String editForm(@PathVariable long id, Actor actor, Model model) {
        Absence absence = absences.own(actor, id);
        AbsenceItem item = queries.one(actor, id).orElseThrow(() -> new NotFoundException("Absence", id));
        var form = AbsenceForm.from(item, absence.getDelegateId());
        model.addAttribute("absence", form);
        return showForm(actor, id, form, null, model);
    }

    @PostMapping("/absences/{id}/edit")
    String change(@PathVariable long id, Actor actor, @ModelAttribute("absence") AbsenceForm form, BindingResult result,
                  @RequestParam(required = false) String q, Model model, RedirectAttributes redirect) {
        absences.own(actor, id);
        if (!result.hasErrors()) {
            try {
                absences.change(actor, id, form.toAbsence(delegateOf(actor, form, q)));
                redirect.addFlashAttribute("flash", "absence.changed");
                return "redirect:/absences";
            } catch (InvalidInputException e) {
                FormErrors.copy(e, result, AbsenceForm::fieldOf);
            }
        }
        return showForm(actor, id, form, q, model);
    }

    @PostMapping("/absences/{id}/end")
    String end(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        absences.end(actor, id);
        redirect.addFlashAttribute("flash", "absence.ended");
        return "redirect:/absences";
    }

    /**
     * The delegate chosen in the picker; else what was typed in its search box and sent without choosing (as
     * without JavaScript): an email address, or the name of exactly one member.
     */
    private Long delegateOf(Actor actor, AbsenceForm form, String typed) {
        if (form.getDelegateId() != null) {
            return form.getDelegateId();
        }
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (typed.contains("@")) {
            return people.findByEmail(typed.strip()).map(p -> p.getId()).orElse(NOBODY);
        }
        List<Long> named = picker.namedExactly(actor, PickPurpose.DELEGATE, typed);
        return named.size() == 1 ? named.get(0) : NOBODY;
    }

    /** The form; the picker offers the person's mentor and mentees first, and whoever the search finds. */
    private String showForm(Actor actor, Long id, AbsenceForm form, String q, Model model) {
        if (q != null && !q.isBlank()) {
            model.addAttribute("candidates", picker.search(actor, PickPurpose.DELEGATE, q, form.getDelegateId()));
        } else {
            MentorRelations relations = mentors.getIfAvailable(() -> MentorRelations.NONE);
            var circle = new ArrayList<Long>(relations.currentMenteeIds(actor.personId()));
            Long mentor = relations.currentMentorIds(List.of(actor.personId())).get(actor.personId());
            if (mentor != null) {
                circle.add(0, mentor);
            }
            if (form.getDelegateId() != null) {
                circle.add(form.getDelegateId());
            }
            model.addAttribute("candidates", picker.options(circle));
        }
        model.addAttribute("query", q);
        model.addAttribute("mentor", actor.has(Role.MENTOR));
        model.addAttribute("absenceId", id);
        return "availability/form";
    }
}
