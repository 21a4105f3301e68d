package org.repsportal.concerns;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.repsportal.people.Actor;
import org.repsportal.platform.ForbiddenException;
import org.repsportal.platform.PageResult;
import org.repsportal.platform.Paging;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON twin of the concern pages. A concern the caller may not see is a 404 on every path, as if it did
 * not exist.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Concerns", description = "Confidential concerns to the Council")
class ConcernsApiController {

    record ConcernRequest(@NotBlank @Schema(allowableValues = {"ABUSE", "FUNDS_OR_SWAG", "SUCCESS_OR_IDEA", "PERSONAL", "CONFLICT"})
                          String category, Long aboutPersonId,
                          @NotBlank @Size(max = ConcernRules.MAX_SUMMARY) String summary,
                          @NotBlank @Size(max = ConcernRules.MAX_DETAILS) String details, Boolean involveMentor,
                          Boolean reportingRouteFollowed) {
    }

    record Created(long id) {
    }

    record Resolution(String resolution) {
    }

    record ConcernItem(long id, ConcernCategory category, ConcernState state, String summary, String details,
                       long reporterId, Long aboutPersonId, Long involvedMentorId, boolean reportingRouteFollowed,
                       Instant raisedAt, Instant acknowledgedAt, Long timeToAcknowledgeSeconds, Instant resolvedAt,
                       String resolution) {

        static ConcernItem of(Concern c) {
            return new ConcernItem(c.getId(), c.getCategory(), c.getState(), c.getSummary(), c.getDetails(),
                    c.getReporterId(), c.getAboutPersonId(), c.getInvolvedMentorId(), c.isReportingRouteFollowed(),
                    c.getRaisedAt(), c.getAcknowledgedAt(), c.timeToAcknowledge().map(d -> d.toSeconds()).orElse(null),
                    c.getResolvedAt(), c.getResolution());
        }
    }

    record ResponseTimes(long acknowledged, Long averageSeconds, Long medianSeconds, long waiting) {

        static ResponseTimes of(AcknowledgementTimes t) {
            return new ResponseTimes(t.acknowledged(), t.average() == null ? null : t.average().toSeconds(),
                    t.median() == null ? null : t.median().toSeconds(), t.waiting());
        }
    }

    private final Concerns concerns;

    ConcernsApiController(Concerns concerns) {
        this.concerns = concerns;
    }

    @PostMapping("/concerns")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Raise a concern to the Council; categories ABUSE, FUNDS_OR_SWAG, SUCCESS_OR_IDEA, PERSONAL, CONFLICT. "
            + "ABUSE needs reportingRouteFollowed=true; involveMentor=true (CONFLICT only) lets the caller's mentor see it")
    ResponseEntity<Created> raise(Actor actor, @RequestBody ConcernRequest request) {
        Concern concern = concerns.raise(actor, new NewConcern(request.category(), request.aboutPersonId(), request.summary(),
                request.details(), Boolean.TRUE.equals(request.involveMentor()), Boolean.TRUE.equals(request.reportingRouteFollowed())));
        return ResponseEntity.created(URI.create("/api/v1/concerns/" + concern.getId())).body(new Created(concern.getId()));
    }

    @GetMapping("/concerns")
    @Operation(summary = "The caller's concerns: raised by them, or shared with them as the reporter's mentor")
    PageResult<MyConcern> mine(Actor actor, @ParameterObject Paging paging) {
        return concerns.mine(actor, paging.number(), paging.limit());
    }

    @GetMapping("/concerns/{id}")
    @Operation(summary = "One concern, for the reporter and the Council (and an involved mentor); otherwise 404")
    ConcernItem concern(@PathVariable long id, Actor actor) {
        return ConcernItem.of(concerns.open(actor, id).concern());
    }

    @GetMapping("/concerns/{id}/audit")
    @Operation(summary = "The audit trail of a concern, for the Council")
    List<AuditEntry> audit(@PathVariable long id, Actor actor) {
        ConcernCase item = concerns.open(actor, id);
        if (!item.maySeeAuditTrail()) {
            throw new ForbiddenException("policy.council.concern.council-only");
        }
        return item.auditTrail();
    }

    @PostMapping("/concerns/{id}/acknowledge")
    @Operation(summary = "Council: acknowledge a new concern")
    ConcernItem acknowledge(@PathVariable long id, Actor actor) {
        return ConcernItem.of(concerns.acknowledge(actor, id));
    }

    @PostMapping("/concerns/{id}/start")
    @Operation(summary = "Council: start working on an acknowledged concern")
    ConcernItem startWork(@PathVariable long id, Actor actor) {
        return ConcernItem.of(concerns.startWork(actor, id));
    }

    @PostMapping("/concerns/{id}/resolve")
    @Operation(summary = "Council: resolve a concern in progress, saying what was done")
    ConcernItem resolve(@PathVariable long id, Actor actor, @RequestBody(required = false) Resolution body) {
        return ConcernItem.of(concerns.resolve(actor, id, body == null ? null : body.resolution()));
    }

    @GetMapping("/council/concerns")
    @Operation(summary = "Council: the queue of concerns (state is open, all or one state; category optional), newest first")
    PageResult<ConcernSummary> queue(Actor actor, @ParameterObject ConcernQueueParams filter, @ParameterObject Paging paging) {
        return concerns.queue(actor, filter.filter(), paging.number(), paging.limit());
    }

    @GetMapping("/council/concerns/response-times")
    @Operation(summary = "Council: average and median time to acknowledge over the configured window")
    ResponseTimes responseTimes(Actor actor, @RequestParam(required = false) String category) {
        return ResponseTimes.of(concerns.recentAcknowledgementTimes(actor, ConcernCategory.parse(category).orElse(null)));
    }
}
