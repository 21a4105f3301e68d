package org.repsportal.leaders;

import org.springdoc.core.annotations.ParameterObject;
import org.repsportal.platform.Paging;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.repsportal.people.Actor;
import org.repsportal.platform.PageResult;
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

/** Emerging-leader nominations: mentors nominate; the Council reads the pipeline, follows up and tells nominees. */
@RestController
@RequestMapping("/api/v1/nominations")
@Tag(name = "Emerging leaders", description = "LeaderNominations of emerging leaders and the Council's follow-up")
class LeaderNominationsApiController {

    record NominationRequest(@NotNull Long personId, @NotBlank @Size(max = LeaderNominations.MAX_REASON) String reason) {
    }

    record FollowUpRequest(LocalDate on, String note, LeaderNominationState state) {
    }

    record Created(long id) {
    }

    record FollowUpItem(long id, long authorId, LocalDate on, String note, LeaderNominationState stateAfter) {

        static FollowUpItem of(LeaderNominationFollowUp f) {
            return new FollowUpItem(f.getId(), f.getAuthorId(), f.getFollowedUpOn(), f.getNote(), f.getStateAfter());
        }
    }

    record NominationItem(long id, long personId, long nominatedBy, String reason, LeaderNominationState state, Instant nominatedAt,
                          Instant nomineeToldAt, List<FollowUpItem> followUps) {

        static NominationItem of(LeaderNominationCase item) {
            LeaderNomination n = item.nomination();
            return new NominationItem(n.getId(), n.getNomineeId(), n.getNominatedBy(), n.getReason(), n.getState(),
                    n.getNominatedAt(), n.getNomineeToldAt(), item.followUps().stream().map(FollowUpItem::of).toList());
        }
    }

    private final LeaderNominations nominations;

    LeaderNominationsApiController(LeaderNominations nominations) {
        this.nominations = nominations;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Nominate one of the caller's current mentees as an emerging leader (403 for anyone else)")
    ResponseEntity<Created> nominate(Actor actor, @RequestBody NominationRequest request) {
        LeaderNomination nomination = nominations.nominate(actor, new NewLeaderNomination(request.personId(), request.reason()));
        return ResponseEntity.created(URI.create("/api/v1/nominations/" + nomination.getId())).body(new Created(nomination.getId()));
    }

    @GetMapping
    @Operation(summary = "Council: the pipeline of nominations, newest first, optionally of one state")
    PageResult<LeaderNominationSummary> pipeline(Actor actor, @RequestParam(required = false) LeaderNominationState state,
                                           @ParameterObject Paging paging) {
        return nominations.pipeline(actor, state, paging.number(), paging.limit());
    }

    @GetMapping("/mine")
    @Operation(summary = "The nominations the caller made, with their state")
    PageResult<LeaderNominationSummary> mine(Actor actor, @ParameterObject Paging paging) {
        return nominations.mine(actor, paging.number(), paging.limit());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Council: one nomination with its follow-ups")
    NominationItem nomination(@PathVariable long id, Actor actor) {
        return NominationItem.of(nominations.open(actor, id));
    }

    @PostMapping("/{id}/follow-ups")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Council: record a follow-up (date, note, state after: FOLLOWING_UP, INVITED or NOT_NOW)")
    ResponseEntity<FollowUpItem> followUp(@PathVariable long id, Actor actor, @RequestBody FollowUpRequest request) {
        LeaderNominationFollowUp followUp = nominations.followUp(actor, id, request.on(), request.note(), request.state());
        return ResponseEntity.status(201).body(FollowUpItem.of(followUp));
    }

    @PostMapping("/{id}/tell")
    @Operation(summary = "Council: tell the nominee of their nomination (sends them a mail, once)")
    NominationItem tell(@PathVariable long id, Actor actor) {
        nominations.tellNominee(actor, id);
        return NominationItem.of(nominations.open(actor, id));
    }
}
