package org.repsportal.checkins;

import org.repsportal.platform.Paging;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.repsportal.mentorship.Mentorships;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import jakarta.servlet.http.HttpServletResponse;
import org.repsportal.platform.ForbiddenException;
import org.repsportal.platform.FormErrors;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.PageResult;
import org.springframework.stereotype.Controller;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class CheckInController {

    private final CheckIns checkIns;
    private final CheckInQueries queries;
    private final Mentorships mentorships;
    private final People people;
    private final org.repsportal.people.PersonPicker picker;
    private final Clock clock;

    CheckInController(CheckIns checkIns, CheckInQueries queries, Mentorships mentorships, People people, Clock clock, org.repsportal.people.PersonPicker picker) {
        this.picker = picker;
        this.checkIns = checkIns;
        this.queries = queries;
        this.mentorships = mentorships;
        this.people = people;
        this.clock = clock;
    }

    @InitBinder("plan")
    void planFields(WebDataBinder binder) {
        binder.setAllowedFields("menteeId", "date", "time", "timeZone", "goals*");
    }

    @InitBinder("logForm")
    void logFields(WebDataBinder binder) {
        binder.setAllowedFields("menteeId", "date", "time", "timeZone", "goals*", "notes", "followUps*");
    }

    @InitBinder("moveForm")
    void moveFields(WebDataBinder binder) {
        binder.setAllowedFields("date", "time", "timeZone");
    }

    @InitBinder("notesForm")
    void notesFields(WebDataBinder binder) {
        binder.setAllowedFields("notes", "followUps*");
    }

    @GetMapping("/checkins")
    String list(Actor actor, Paging paging, Model model) {
        model.addAttribute("result", queries.involving(actor.personId(), paging.number(), PageResult.DEFAULT_SIZE));
        model.addAttribute("me", actor.personId());
        return "checkins/list";
    }

    @GetMapping("/checkins/new")
    String planForm(Actor actor, @RequestParam(required = false) Long mentee, Model model) {
        var form = new PlanForm();
        form.setMenteeId(mentee);
        form.setDate(LocalDate.now(clock).plusDays(7));
        form.setTime(LocalTime.of(17, 0));
        form.setTimeZone(people.get(actor.personId()).getTimeZone());
        model.addAttribute("plan", form);
        return showPlanForm(actor, model);
    }

    /**
     * Plans a check-in from the plan form, or in place from the mentor's dashboard ({@code from=dashboard}, which
     * sends no time zone: the mentor's own): a browser then goes back to the dashboard, an htmx request gets the
     * answer for the mentee's row, the planned check-in or the short form with its errors (422).
     */
    @PostMapping("/checkins")
    String plan(Actor actor, @ModelAttribute("plan") PlanForm form, BindingResult result,
                @RequestParam(required = false) String from,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        boolean inPlace = "dashboard".equals(from);
        if (inPlace && form.getTimeZone() == null) {
            form.setTimeZone(people.get(actor.personId()).getTimeZone());
        }
        if (inPlace && htmx != null) {
            return planInPlace(actor, form, result, model, response);
        }
        if (!result.hasErrors()) {
            try {
                CheckIn checkIn = checkIns.plan(actor, form.toPlan());
                redirect.addFlashAttribute("flash", "checkin.planned");
                return inPlace ? "redirect:/dashboard" : "redirect:/checkins/" + checkIn.getId();
            } catch (InvalidInputException e) {
                FormErrors.copy(e, result, field -> field.equals("at") ? "date" : field);
            }
        }
        return showPlanForm(actor, model);
    }

    @GetMapping("/checkins/log")
    String logForm(Actor actor, @RequestParam(required = false) Long mentee, Model model) {
        var form = new LogForm();
        form.setMenteeId(mentee);
        form.setDate(LocalDate.now(clock));
        form.setTimeZone(people.get(actor.personId()).getTimeZone());
        model.addAttribute("logForm", form);
        return showLogForm(actor, model);
    }

    @PostMapping("/checkins/log")
    String log(Actor actor, @ModelAttribute("logForm") LogForm form, BindingResult result, Model model,
               RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                CheckIn checkIn = checkIns.logHeld(actor, form.toHeld());
                redirect.addFlashAttribute("flash", "checkin.logged");
                return "redirect:/checkins/" + checkIn.getId();
            } catch (InvalidInputException e) {
                FormErrors.copy(e, result, field -> field.equals("on") ? "date" : field);
            }
        }
        return showLogForm(actor, model);
    }

    private String planInPlace(Actor actor, PlanForm form, BindingResult result, Model model, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                CheckIn checkIn = checkIns.plan(actor, form.toPlan());
                model.addAttribute("planned", checkIn);
                model.addAttribute("plannedAt", checkIn.getScheduledAt().atZone(java.time.ZoneId.of(checkIn.getTimeZone())));
            } catch (InvalidInputException e) {
                FormErrors.copy(e, result, field -> field.equals("at") ? "date" : field);
            } catch (ForbiddenException e) {
                model.addAttribute("planRefused", e.getMessage());
            }
        }
        var errors = new java.util.LinkedHashMap<String, String>();
        result.getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField().startsWith("goals") ? "goals"
                : error.getField(), error.getCode()));
        if (!errors.isEmpty() || model.containsAttribute("planRefused")) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("planErrors", errors);
        model.addAttribute("menteeId", form.getMenteeId());
        model.addAttribute("menteeName", form.getMenteeId() == null ? ""
                : java.util.Optional.ofNullable(people.summaries(List.of(form.getMenteeId())).get(form.getMenteeId()))
                        .map(org.repsportal.people.PersonSummary::displayName).orElse(""));
        model.addAttribute("defaultDate", LocalDate.now(clock).plusDays(7));
        return "checkins/fragments :: inlinePlanAnswer";
    }

    @GetMapping("/checkins/{id}")
    String checkIn(@PathVariable long id, Actor actor, Model model) {
        CheckIn checkIn = checkIns.get(actor, id);
        if (!model.containsAttribute("notesForm")) {
            var form = new NotesForm();
            form.setNotes(checkIn.getNotes());
            model.addAttribute("notesForm", form);
        }
        return show(checkIn, actor, model);
    }

    @PostMapping("/checkins/{id}/notes")
    String notes(@PathVariable long id, Actor actor, @ModelAttribute("notesForm") NotesForm form, BindingResult result,
                 Model model, RedirectAttributes redirect) {
        try {
            checkIns.recordNotes(actor, id, form.toNotes());
            redirect.addFlashAttribute("flash", "checkin.notes.saved");
            return "redirect:/checkins/" + id;
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            return show(checkIns.get(actor, id), actor, model);
        }
    }

    @PostMapping("/checkins/{id}/feedback")
    String feedback(@PathVariable long id, Actor actor, @RequestParam(required = false) String feedback,
                    RedirectAttributes redirect) {
        try {
            checkIns.giveFeedback(actor, id, feedback);
            redirect.addFlashAttribute("flash", "checkin.feedback.saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("feedbackError", "checkin.feedback.required");
        }
        return "redirect:/checkins/" + id;
    }

    @PostMapping("/checkins/{id}/cancel")
    String cancel(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        checkIns.cancel(actor, id);
        redirect.addFlashAttribute("flash", "checkin.cancelled");
        return "redirect:/checkins/" + id;
    }

    @PostMapping("/checkins/{id}/move")
    String move(@PathVariable long id, Actor actor, @ModelAttribute("moveForm") MoveForm form, BindingResult result,
                Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                checkIns.move(actor, id, form.at(), form.getTimeZone());
                redirect.addFlashAttribute("flash", "checkin.moved");
                return "redirect:/checkins/" + id;
            } catch (InvalidInputException e) {
                FormErrors.copy(e, result, field -> field.equals("at") ? "date" : field);
            }
        }
        CheckIn checkIn = checkIns.get(actor, id);
        var notes = new NotesForm();
        notes.setNotes(checkIn.getNotes());
        model.addAttribute("notesForm", notes);
        return show(checkIn, actor, model);
    }

    @PostMapping("/checkins/{id}/take-over")
    String takeOver(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        checkIns.takeOver(actor, id);
        redirect.addFlashAttribute("flash", "checkin.offer.takenOver");
        return "redirect:/checkins/" + id;
    }

    @PostMapping("/checkins/{id}/let-go")
    String letGo(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        checkIns.letGo(actor, id);
        redirect.addFlashAttribute("flash", "checkin.offer.letGone");
        return "redirect:/checkins";
    }

    private String show(CheckIn checkIn, Actor actor, Model model) {
        model.addAttribute("checkIn", checkIn);
        var ids = new java.util.ArrayList<>(List.of(checkIn.getMentorId(), checkIn.getMenteeId()));
        if (checkIn.getOfferedTo() != null) {
            ids.add(checkIn.getOfferedTo());
        }
        model.addAttribute("names", people.summaries(ids));
        model.addAttribute("isOfferedToMe", checkIn.isOfferedTo(actor.personId()));
        model.addAttribute("isMentor", actor.is(checkIn.getMentorId()));
        model.addAttribute("isMentee", actor.is(checkIn.getMenteeId()));
        model.addAttribute("localTime", checkIn.getScheduledAt().atZone(java.time.ZoneId.of(checkIn.getTimeZone())));
        if (!model.containsAttribute("moveForm")) {
            model.addAttribute("moveForm", MoveForm.of(checkIn));
        }
        return "checkins/checkin";
    }

    private String showLogForm(Actor actor, Model model) {
        model.addAttribute("mentees", people.summariesInOrder(mentorships.currentMenteeIds(actor.personId())));
        model.addAttribute("today", LocalDate.now(clock));
        return "checkins/log";
    }

    private String showPlanForm(Actor actor, Model model) {
        model.addAttribute("mentees", picker.options(mentorships.currentMenteeIds(actor.personId())));
        return "checkins/new";
    }
}
