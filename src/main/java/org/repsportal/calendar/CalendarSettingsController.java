package org.repsportal.calendar;

import org.repsportal.people.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The settings page that shows the private feed address and renews it. */
@Controller
class CalendarSettingsController {

    private final CalendarFeeds feeds;

    CalendarSettingsController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/settings/calendar")
    String page(Actor actor, Model model) {
        model.addAttribute("feedUrl", feeds.feedUrlOf(actor.personId()));
        return "calendar/settings";
    }

    @PostMapping("/settings/calendar/renew")
    String renew(Actor actor, RedirectAttributes redirect) {
        feeds.renew(actor.personId());
        redirect.addFlashAttribute("flash", "calendar.renewed");
        return "redirect:/settings/calendar";
    }
}
