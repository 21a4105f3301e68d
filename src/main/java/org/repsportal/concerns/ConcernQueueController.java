package org.repsportal.concerns;

import java.time.Clock;

import org.repsportal.people.Actor;
import org.repsportal.platform.PageResult;
import org.repsportal.platform.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The Council's queue of concerns (a tab of the Council's hub). */
@Controller
class ConcernQueueController {

    private final Concerns concerns;
    private final Clock clock;

    ConcernQueueController(Concerns concerns, Clock clock) {
        this.concerns = concerns;
        this.clock = clock;
    }

    @GetMapping("/council/concerns")
    String queue(Actor actor, ConcernQueueParams filter, Paging paging, Model model) {
        model.addAttribute("result", concerns.queue(actor, filter.filter(), paging.number(), PageResult.DEFAULT_SIZE));
        model.addAttribute("times", concerns.recentAcknowledgementTimes(actor, filter.oneCategory()));
        model.addAttribute("windowDays", concerns.properties().responseTimeWindow().toDays());
        model.addAttribute("state", filter.stateName());
        model.addAttribute("category", filter.oneCategory());
        model.addAttribute("states", ConcernState.values());
        model.addAttribute("categories", ConcernCategory.values());
        model.addAttribute("now", clock.instant());
        return "concerns/queue";
    }
}
