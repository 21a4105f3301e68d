package org.repsportal.mentorship;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.repsportal.people.Actor;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/mentorship")
@Tag(name = "Mentorship", description = "Proposals, changes of mentor")
class MentorshipApiController {

    record ProposalItem(long menteeId, long mentorId, int score, List<String> reasons) {
        static ProposalItem of(Proposal p) {
            return new ProposalItem(p.menteeId(), p.mentorId(), p.score(), p.reasons());
        }
    }

    record Items<T>(List<T> items) {
    }

    record NewReassignment(Long menteeId, Long toMentorId, String reason) {
    }

    record Answer(String handoverNote, String reason) {
    }

    record CouncilDecision(Boolean approve) {
    }

    record Dismissal(Long menteeId, Long mentorId, String reason) {
    }

    record Created(long id) {
    }

    private final MentorProposals proposals;
    private final Reassignments reassignments;

    MentorshipApiController(MentorProposals proposals, Reassignments reassignments) {
        this.proposals = proposals;
        this.reassignments = reassignments;
    }

    @GetMapping("/proposals")
    @Operation(summary = "Mentors proposed for a mentee (?mentee=), or the waiting Reps a mentor is proposed for (?forMentor=), best first")
    Items<ProposalItem> proposals(Actor actor, @RequestParam(required = false) Long mentee,
                                  @RequestParam(required = false) Long forMentor) {
        if ((mentee == null) == (forMentor == null)) {
            throw new InvalidInputException(List.of(new FieldProblem("mentee", "mentorship.api.mentee-or-mentor")));
        }
        List<Proposal> found = mentee != null ? proposals.forMentee(actor, mentee) : proposals.forMentor(actor, forMentor);
        return new Items<>(found.stream().map(ProposalItem::of).toList());
    }

    @PostMapping("/proposals/dismissals")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "The Council dismisses a proposal with a reason; it is not offered again for that mentee")
    void dismiss(Actor actor, @RequestBody Dismissal dismissal) {
        if (dismissal.menteeId() == null || dismissal.mentorId() == null) {
            throw new InvalidInputException(List.of(new FieldProblem(dismissal.menteeId() == null ? "menteeId" : "mentorId", "mentorship.api.required")));
        }
        proposals.dismiss(actor, dismissal.menteeId(), dismissal.mentorId(), dismissal.reason());
    }

    @PostMapping("/reassignments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Propose a new mentor for a mentee (the mentee, either mentor or the Council)")
    Created propose(Actor actor, @RequestBody NewReassignment request) {
        if (request.menteeId() == null || request.toMentorId() == null) {
            throw new InvalidInputException(List.of(new FieldProblem(request.menteeId() == null ? "menteeId" : "toMentorId", "mentorship.api.required")));
        }
        return new Created(reassignments.propose(actor, request.menteeId(), request.toMentorId(), request.reason()));
    }

    @GetMapping("/reassignments/{id}")
    ReassignmentView get(Actor actor, @PathVariable long id) {
        return reassignments.view(actor, id);
    }

    @PostMapping("/reassignments/{id}/agree")
    ReassignmentView agree(Actor actor, @PathVariable long id, @RequestBody(required = false) Answer answer) {
        return reassignments.agree(actor, id, answer == null ? null : answer.handoverNote());
    }

    @PostMapping("/reassignments/{id}/decline")
    ReassignmentView decline(Actor actor, @PathVariable long id, @RequestBody(required = false) Answer answer) {
        return reassignments.decline(actor, id, answer == null ? null : answer.reason());
    }

    @PostMapping("/reassignments/{id}/decision")
    ReassignmentView decide(Actor actor, @PathVariable long id, @RequestBody CouncilDecision decision) {
        return reassignments.decideAnswer(actor, id, decision.approve());
    }

    @PostMapping("/reassignments/answer/{token}/agree")
    ReassignmentView agreeByLink(Actor actor, @PathVariable String token, @RequestBody(required = false) Answer answer) {
        return reassignments.agreeByToken(actor, token, answer == null ? null : answer.handoverNote());
    }
}
