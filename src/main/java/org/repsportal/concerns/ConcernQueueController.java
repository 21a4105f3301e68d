package org.repsportal.concerns;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.repsportal.mentorship.Mentorships;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.PageResult;
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
    String queue(Actor actor, @RequestParam(defaultValue = "open") String state,
                 @RequestParam(required = false) String category, @RequestParam(required = false) Integer page, Model model) {
        ConcernState oneState = "open".equals(state) || "all".equals(state) ? null
                : java.util.Arrays.stream(ConcernState.values()).filter(s -> s.name().equals(state)).findFirst().orElse(null);
        boolean openOnly = oneState == null && !"all".equals(state);
        ConcernCategory oneCategory = ConcernCategory.parse(category).orElse(null);
        model.addAttribute("result", concerns.queue(actor, new ConcernQueueFilter(oneState, openOnly, oneCategory),
                PageResult.clampPage(page), PageResult.DEFAULT_SIZE));
        model.addAttribute("times", concerns.recentAcknowledgementTimes(actor, oneCategory));
        model.addAttribute("windowDays", concerns.properties().responseTimeWindow().toDays());
        model.addAttribute("state", oneState != null ? oneState.name() : openOnly ? "open" : "all");
        model.addAttribute("category", oneCategory);
        model.addAttribute("states", ConcernState.values());
        model.addAttribute("categories", ConcernCategory.values());
        model.addAttribute("now", clock.instant());
        return "concerns/queue";
    }
}
