package org.repsportal.checkins;

import java.time.Clock;
import java.time.LocalDate;

import org.repsportal.people.Actor;
import org.repsportal.platform.PageResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The Council sees which mentorships have let check-ins slip: when, not what was said. */
@Controller
class CouncilCheckInsController {

    private final CheckInQueries queries;
    private final Clock clock;

    CouncilCheckInsController(CheckInQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/council/checkins")
    String overdue(Actor actor, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", queries.overdue(actor, LocalDate.now(clock), PageResult.clampPage(page), PageResult.DEFAULT_SIZE));
        return "checkins/overdue";
    }
}
