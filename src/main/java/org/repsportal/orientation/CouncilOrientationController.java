package org.repsportal.orientation;

import org.repsportal.platform.Paging;
import org.repsportal.people.Actor;
import org.repsportal.platform.PageResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Council's view of orientation: who is in it, for how long, which step each is stuck on; the
 * nominations waiting for a decision; the calls coming up.
 */
@Controller
class CouncilOrientationController {

    static final int SIDE_LIST_SIZE = 10;

    private final OrientationQueries queries;

    CouncilOrientationController(OrientationQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/council/orientation")
    String view(Actor actor, Paging paging, Model model) {
        model.addAttribute("inOrientation", queries.inOrientation(actor, paging.number(), PageResult.DEFAULT_SIZE));
        model.addAttribute("nominations", queries.nominations(actor, 0, SIDE_LIST_SIZE));
        model.addAttribute("calls", queries.upcomingCalls(actor, 0, SIDE_LIST_SIZE));
        return "orientation/council";
    }
}
