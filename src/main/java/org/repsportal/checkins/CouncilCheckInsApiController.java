package org.repsportal.checkins;

import org.springdoc.core.annotations.ParameterObject;
import org.repsportal.platform.Paging;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.repsportal.people.Actor;
import org.repsportal.platform.PageResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The JSON twin of the Council's escalations of slipping check-ins. */
@RestController
@RequestMapping("/api/v1/council/checkins/escalations")
@Tag(name = "Check-ins", description = "Goal-driven check-ins between mentors and mentees")
class CouncilCheckInsApiController {

    record DismissRequest(String reason) {
    }

    record Nudged(boolean sent) {
    }

    record Dismissed(boolean dismissed) {
    }

    private final CadenceEscalations escalations;

    CouncilCheckInsApiController(CadenceEscalations escalations) {
        this.escalations = escalations;
    }

    @GetMapping
    @Operation(summary = "The open escalations, one per mentor, each listing the overdue mentorships (never the caller's own)")
    PageResult<CadenceEscalations.Escalation> list(Actor actor, @ParameterObject Paging paging) {
        List<CadenceEscalations.Escalation> all = escalations.open(actor);
        int p = paging.number();
        int s = paging.limit();
        return new PageResult<>(all.stream().skip((long) p * s).limit(s).toList(), p, s, all.size());
    }

    @PostMapping("/{mentorId}/nudge")
    @Operation(summary = "Mail the mentor about their slipping check-ins, once a day at most; sent is false when no mail went out")
    Nudged nudge(@PathVariable long mentorId, Actor actor) {
        return new Nudged(escalations.nudge(actor, mentorId));
    }

    @PostMapping("/{mentorId}/mentees/{menteeId}/dismiss")
    @Operation(summary = "Take a mentorship out of the mentor's escalation, with a reason (400 without), until one more cadence is "
            + "missed; dismissed is false when it was not listed")
    Dismissed dismiss(@PathVariable long mentorId, @PathVariable long menteeId, Actor actor,
                 @RequestBody(required = false) DismissRequest body) {
        return new Dismissed(escalations.dismiss(actor, mentorId, menteeId, body == null ? null : body.reason()));
    }
}
