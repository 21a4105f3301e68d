package org.repsportal.orientation;

import org.repsportal.platform.Paging;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.platform.FormErrors;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.PageResult;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/** Orientation calls: the list, scheduling one (Council), one call with its invitees and attendance, its .ics. */
@Controller
class CallController {

    private final OrientationCalls calls;
    private final OrientationQueries queries;
    private final People people;
    private final Clock clock;

    CallController(OrientationCalls calls, OrientationQueries queries, People people, Clock clock) {
        this.calls = calls;
        this.queries = queries;
        this.people = people;
        this.clock = clock;
    }

    @InitBinder("call")
    void callFields(WebDataBinder binder) {
        binder.setAllowedFields("kind", "date", "time", "timeZone", "durationMinutes", "link", "notes", "inviteeIds");
    }

    @GetMapping("/orientation/calls")
    String list(Actor actor, Paging paging, Model model) {
        model.addAttribute("calls", queries.upcomingCalls(actor, paging.number(), PageResult.DEFAULT_SIZE));
        model.addAttribute("isCouncil", MentorNominationPolicy.mayDecide(actor).allowed());
        return "orientation/calls";
    }

    @GetMapping("/orientation/calls/new")
    String form(Actor actor, Model model) {
        MentorNominationPolicy.mayDecide(actor).orForbid();
        var form = new CallForm();
        form.setDate(LocalDate.now(clock).plusWeeks(1));
        form.setTimeZone(people.get(actor.personId()).getTimeZone());
        model.addAttribute("call", form);
        return showForm(model);
    }

    @PostMapping("/orientation/calls")
    String schedule(Actor actor, @ModelAttribute("call") CallForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        MentorNominationPolicy.mayDecide(actor).orForbid();
        if (!result.hasErrors()) {
            try {
                OrientationCall call = calls.schedule(actor, form.toRequest());
                redirect.addFlashAttribute("flash", "orientation.call.saved");
                return "redirect:/orientation/calls/" + call.getId();
            } catch (InvalidInputException e) {
                FormErrors.copyOrGlobal(e, result);
            }
        }
        return showForm(model);
    }

    @GetMapping("/orientation/calls/{id}")
    String call(@PathVariable long id, Actor actor, Model model) {
        OrientationCall call = calls.get(actor, id);
        boolean council = MentorNominationPolicy.mayDecide(actor).allowed();
        model.addAttribute("call", call);
        model.addAttribute("organizer", people.summaries(List.of(call.getOrganizerId())).get(call.getOrganizerId()));
        model.addAttribute("isCouncil", council);
        model.addAttribute("started", call.hasStartedAt(clock.instant()));
        if (council) {
            model.addAttribute("invitees", queries.invitees(id));
            model.addAttribute("invitable", queries.invitable());
        }
        return "orientation/call";
    }

    @GetMapping("/orientation/calls/{id}/invite.ics")
    ResponseEntity<byte[]> invitation(@PathVariable long id, Actor actor) {
        byte[] ics = calls.invitationFor(actor, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; method=REQUEST; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("invite.ics").build().toString())
                .body(ics);
    }

    @PostMapping("/orientation/calls/{id}/attendance")
    String attendance(@PathVariable long id, @RequestParam(required = false) Long personId,
                      @RequestParam(required = false) Boolean attended, Actor actor, RedirectAttributes redirect) {
        calls.recordAttendance(actor, id, personId, attended);
        redirect.addFlashAttribute("flash", "orientation.attendance.saved");
        return "redirect:/orientation/calls/" + id + "#invitees";
    }

    @PostMapping("/orientation/calls/{id}/invitees")
    String invite(@PathVariable long id, @RequestParam(name = "inviteeIds", required = false) List<Long> inviteeIds,
                  Actor actor, RedirectAttributes redirect) {
        try {
            calls.invite(actor, id, inviteeIds == null ? List.of() : inviteeIds);
            redirect.addFlashAttribute("flash", "orientation.invite.saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("inviteError", e.problems().get(0).messageKey());
        }
        return "redirect:/orientation/calls/" + id + "#invite";
    }

    private String showForm(Model model) {
        model.addAttribute("kinds", CallKind.values());
        model.addAttribute("invitable", queries.invitable());
        model.addAttribute("zones", ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/")).sorted().toList());
        return "orientation/call-new";
    }
}
