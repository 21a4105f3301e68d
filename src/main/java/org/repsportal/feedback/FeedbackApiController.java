package org.repsportal.feedback;

import org.springdoc.core.annotations.ParameterObject;
import org.repsportal.platform.Paging;
import java.net.URI;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
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

/** Feedback to a functional area or to the leadership: sending it, following it, and the contacts' answer. */
@RestController
@RequestMapping("/api/v1/feedback")
@Tag(name = "Feedback", description = "Feedback to a functional area's contacts or to the leadership, and their answers")
class FeedbackApiController {

    /**
     * @param to          LEADERSHIP or a functional area's code (one with contacts)
     * @param menteeId    a current mentee of the caller whose feedback the caller forwards
     * @param menteeNamed with menteeId: whether the contacts may see who the mentee is
     */
    record SendRequest(@NotBlank String to, @NotBlank @Size(max = FeedbackDesk.MAX_SUBJECT) String subject, @NotBlank String text,
                       Long menteeId, Boolean menteeNamed) {
    }

    record AnswerRequest(@NotBlank String answer) {
    }

    record Created(long id, FeedbackState state) {
    }

    /**
     * One feedback as the caller may read it: a contact gets menteeId and menteeName null unless the mentee wants
     * to be named.
     */
    record FeedbackItem(long id, String to, String subject, String text, FeedbackState state, Instant receivedAt, long senderId,
                        String senderName, boolean forwarded, boolean menteeNamed, Long menteeId, String menteeName,
                        Instant acknowledgedAt, Instant closedAt, String answer) {

        static FeedbackItem of(FeedbackView v) {
            return new FeedbackItem(v.id(), v.forLeadership() ? FeedbackDesk.LEADERSHIP : v.areaCode(), v.subject(), v.text(),
                    v.state(), v.receivedAt(), v.senderId(), v.senderName(), v.forwarded(), v.menteeNamed(), v.menteeId(),
                    v.menteeName(), v.acknowledgedAt(), v.closedAt(), v.answer());
        }
    }

    record FeedbackLine(long id, String to, String subject, FeedbackState state, Instant receivedAt, long senderId,
                        String senderName, boolean forwarded, Long menteeId, String menteeName) {

        static FeedbackLine of(FeedbackSummary s) {
            return new FeedbackLine(s.id(), s.forLeadership() ? FeedbackDesk.LEADERSHIP : s.areaCode(), s.subject(), s.state(),
                    s.receivedAt(), s.senderId(), s.senderName(), s.forwarded(), s.menteeId(), s.menteeName());
        }
    }

    private final FeedbackDesk desk;

    FeedbackApiController(FeedbackDesk desk) {
        this.desk = desk;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Send feedback to LEADERSHIP or to a functional area; a mentor forwards a current mentee's with menteeId "
            + "and menteeNamed (403 for anyone else's mentee)")
    ResponseEntity<Created> send(Actor actor, @RequestBody SendRequest request) {
        long id = desk.send(actor, new NewFeedback(request.to(), request.subject(), request.text(), request.menteeId(),
                request.menteeNamed()));
        return ResponseEntity.created(URI.create("/api/v1/feedback/" + id)).body(new Created(id, FeedbackState.RECEIVED));
    }

    @GetMapping
    @Operation(summary = "The feedback the caller sent, and what their mentor forwarded for them, newest first")
    PageResult<FeedbackLine> mine(Actor actor, @ParameterObject Paging paging) {
        return desk.mine(actor, paging.number(), paging.limit()).map(FeedbackLine::of);
    }

    @GetMapping("/inbox")
    @Operation(summary = "Contacts: the feedback sent to the caller's areas (and to the leadership, for the Council), newest first")
    PageResult<FeedbackLine> inbox(Actor actor, @RequestParam(required = false) FeedbackState state,
                                   @ParameterObject Paging paging) {
        return desk.inbox(actor, state, paging.number(), paging.limit()).map(FeedbackLine::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One feedback, for its sender, the mentee it was forwarded for, and its contacts")
    FeedbackItem feedback(@PathVariable long id, Actor actor) {
        return FeedbackItem.of(desk.open(actor, id));
    }

    @PostMapping("/{id}/acknowledge")
    @Operation(summary = "Contacts: acknowledge the feedback (RECEIVED → ACKNOWLEDGED)")
    FeedbackItem acknowledge(@PathVariable long id, Actor actor) {
        desk.acknowledge(actor, id);
        return FeedbackItem.of(desk.open(actor, id));
    }

    @PostMapping("/{id}/answer")
    @Operation(summary = "Contacts: answer the acknowledged feedback, which closes it and mails the answer to the sender")
    FeedbackItem answer(@PathVariable long id, Actor actor, @RequestBody AnswerRequest request) {
        desk.close(actor, id, request.answer());
        return FeedbackItem.of(desk.open(actor, id));
    }
}
