package org.repsportal.mentorship;

import jakarta.servlet.http.HttpServletResponse;
import org.repsportal.people.Actor;
import org.repsportal.platform.RuleViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page the Council's long-absence task leads to: each mentee of the absent mentor with their interim mentor or
 * the portal's proposals, each offered as interim mentor until the absence's last day. Plain forms, no script.
 */
@Controller
class AbsenceInterimsController {

    private final AbsenceInterims interims;

    AbsenceInterimsController(AbsenceInterims interims) {
        this.interims = interims;
    }

    @GetMapping("/mentorship/absences/{id}/interims")
    String page(@PathVariable long id, Actor actor, Model model) {
        model.addAttribute("absence", interims.view(actor, id));
        return "mentorship/absence-interims";
    }

    @PostMapping("/mentorship/absences/{id}/interims")
    String assign(@PathVariable long id, Actor actor, @RequestParam(required = false) Long menteeId,
                  @RequestParam(required = false) Long mentorId, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            interims.assign(actor, id, menteeId, mentorId);
        } catch (RuleViolationException e) {
            // the mentor cannot take the mentee now (full, not ready): the page again, the reason beside that mentee
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("absence", interims.view(actor, id));
            model.addAttribute("errorMentee", menteeId);
            model.addAttribute("assignError", e.reasonKey());
            return "mentorship/absence-interims";
        }
        redirect.addFlashAttribute("flash", "interims.assigned");
        return "redirect:/mentorship/absences/" + id + "/interims";
    }
}
