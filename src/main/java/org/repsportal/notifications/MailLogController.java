package org.repsportal.notifications;

import org.repsportal.platform.Paging;
import org.repsportal.people.Actor;
import org.repsportal.platform.PageResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The mail log for Admins: every mail of the outbox, newest first, and one mail in full. */
@Controller
class MailLogController {

    private final MailLog mailLog;

    MailLogController(MailLog mailLog) {
        this.mailLog = mailLog;
    }

    @GetMapping("/admin/mail")
    String log(Actor actor, @RequestParam(required = false) String status, Paging paging,
               Model model) {
        MailStatus filter = parse(status);
        model.addAttribute("result", mailLog.list(actor, filter, paging.number(), PageResult.DEFAULT_SIZE));
        model.addAttribute("status", filter);
        model.addAttribute("statuses", MailStatus.values());
        return "notifications/mail-log";
    }

    @GetMapping("/admin/mail/{id}")
    String message(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("mail", mailLog.message(actor, id));
        return "notifications/mail-message";
    }

    /** An unknown status in the address shows the whole log rather than an error. */
    private static MailStatus parse(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return MailStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
