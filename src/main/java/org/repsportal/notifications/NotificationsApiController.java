package org.repsportal.notifications;

import org.springdoc.core.annotations.ParameterObject;
import org.repsportal.platform.Paging;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.repsportal.people.Actor;
import org.repsportal.platform.PageResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The JSON twins of the mail settings and the mail log. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Notifications", description = "The caller's mail settings; the mail log for Admins")
class NotificationsApiController {

    record CategoryChoice(MailCategory category, Delivery delivery, List<Delivery> choices) {
    }

    record Settings(List<CategoryChoice> categories) {
    }

    record Choices(Map<MailCategory, Delivery> choices) {
    }

    private final MailPreferences preferences;
    private final MailLog mailLog;

    NotificationsApiController(MailPreferences preferences, MailLog mailLog) {
        this.preferences = preferences;
        this.mailLog = mailLog;
    }

    @GetMapping("/me/notifications")
    @Operation(summary = "The caller's delivery per mail category, with the choices each category allows")
    Settings settings(Actor actor) {
        Map<MailCategory, Delivery> current = preferences.of(actor.personId());
        return new Settings(Arrays.stream(MailCategory.values())
                .map(c -> new CategoryChoice(c, current.get(c), List.copyOf(c.choices())))
                .toList());
    }

    @PutMapping("/me/notifications")
    @Operation(summary = "Change the caller's delivery for some categories: {\"choices\": {\"TASKS\": \"DAILY_DIGEST\"}}")
    Settings choose(Actor actor, @RequestBody Choices body) {
        preferences.choose(actor, body.choices() == null ? Map.of() : body.choices());
        return settings(actor);
    }

    @GetMapping("/admin/mail")
    @Operation(summary = "The mail log, newest first (Admins)")
    PageResult<MailLogEntry> log(Actor actor, @RequestParam(required = false) MailStatus status,
                                 @ParameterObject Paging paging) {
        return mailLog.list(actor, status, paging.number(), paging.limit());
    }

    @GetMapping("/admin/mail/{id}")
    @Operation(summary = "One mail of the log in full (Admins)")
    MailLogMessage message(Actor actor, @PathVariable long id) {
        return mailLog.message(actor, id);
    }
}
