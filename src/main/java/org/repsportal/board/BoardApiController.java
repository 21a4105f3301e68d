package org.repsportal.board;

import org.springdoc.core.annotations.ParameterObject;
import org.repsportal.platform.Paging;
import org.repsportal.platform.CommentText;
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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The mentors' board over JSON: for mentors and the Council (403 for anyone else). */
@RestController
@RequestMapping("/api/v1/board/threads")
@Tag(name = "Mentors' board", description = "Advice and what worked, among mentors")
class BoardApiController {

    record PostRequest(@NotBlank @Size(max = MentorsBoard.MAX_TITLE) String title,
                       @NotBlank @Size(max = CommentText.MAX_LENGTH) String body) {
    }

    record ReplyRequest(@NotBlank @Size(max = CommentText.MAX_LENGTH) String body) {
    }

    record Created(long id) {
    }

    record ThreadItem(long id, String title, String body, long authorId, String authorName, Instant createdAt,
                      Instant lastActivityAt, boolean following, long followers, PageResult<ReplyItem> replies) {

        static ThreadItem of(ThreadPage page) {
            BoardThread t = page.thread();
            return new ThreadItem(t.getId(), t.getTitle(), t.getBody(), t.getAuthorId(), page.authorName(), t.getCreatedAt(),
                    t.getLastActivityAt(), page.following(), page.followers(), page.replies());
        }
    }

    private final MentorsBoard board;

    BoardApiController(MentorsBoard board) {
        this.board = board;
    }

    @GetMapping
    @Operation(summary = "Threads, newest activity first")
    PageResult<ThreadSummary> threads(Actor actor, @ParameterObject Paging paging) {
        return board.threads(actor, paging.number(), paging.limit());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a thread; its author follows it")
    ResponseEntity<Created> start(Actor actor, @RequestBody PostRequest request) {
        BoardThread thread = board.start(actor, new NewPost(request.title(), request.body()));
        return ResponseEntity.created(URI.create("/api/v1/board/threads/" + thread.getId())).body(new Created(thread.getId()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A thread with one page of its replies, oldest first")
    ThreadItem thread(@PathVariable long id, Actor actor, @ParameterObject Paging paging) {
        return ThreadItem.of(board.thread(actor, id, paging.number(), paging.limit()));
    }

    @PostMapping("/{id}/replies")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Reply; the thread's followers (not the author of the reply) get a mail")
    ResponseEntity<Created> reply(@PathVariable long id, Actor actor, @RequestBody ReplyRequest request) {
        BoardReply reply = board.reply(actor, id, request.body());
        return ResponseEntity.created(URI.create("/api/v1/board/threads/" + id)).body(new Created(reply.getId()));
    }

    @PutMapping("/{id}/follow")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Follow a thread")
    ResponseEntity<Void> follow(@PathVariable long id, Actor actor) {
        board.follow(actor, id);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}/follow")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Stop following a thread")
    ResponseEntity<Void> unfollow(@PathVariable long id, Actor actor) {
        board.unfollow(actor, id);
        return ResponseEntity.noContent().build();
    }
}
