package org.repsportal.board;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.platform.CommentText;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.NotFoundException;
import org.repsportal.platform.PageResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mentors' board: mentors ask for advice and share what worked. The author of a thread follows it;
 * others may follow it too, and followers get a mail for each reply that is not their own.
 */
@Service
@Transactional
class MentorsBoard {

    static final int MAX_TITLE = 200;

    private final BoardRepository threads;
    private final BoardReplyRepository replies;
    private final BoardQueries queries;
    private final BoardMail mail;
    private final People people;
    private final Clock clock;

    MentorsBoard(BoardRepository threads, BoardReplyRepository replies, BoardQueries queries, BoardMail mail,
                 People people, Clock clock) {
        this.threads = threads;
        this.replies = replies;
        this.queries = queries;
        this.mail = mail;
        this.people = people;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResult<ThreadSummary> threads(Actor actor, int page, int size) {
        BoardAccessPolicy.mayUse(actor).orForbid();
        return queries.threads(actor.personId(), page, size);
    }

    public BoardThread start(Actor actor, NewPost post) {
        BoardAccessPolicy.mayUse(actor).orForbid();
        var problems = new ArrayList<FieldProblem>();
        if (post.title() == null || post.title().isBlank()) {
            problems.add(new FieldProblem("title", "board.title.required"));
        } else if (post.title().strip().length() > MAX_TITLE) {
            problems.add(new FieldProblem("title", "board.title.long"));
        }
        String text = checkBody(post.body(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        BoardThread thread = threads.saveAndFlush(new BoardThread(actor.personId(), post.title().strip(), text,
                clock.instant()));
        queries.follow(thread.getId(), actor.personId());
        return thread;
    }

    @Transactional(readOnly = true)
    public ThreadPage thread(Actor actor, long id, int page, int size) {
        BoardThread thread = get(actor, id);
        long[] followers = queries.followers(id, actor.personId());
        String author = people.summaries(List.of(thread.getAuthorId())).get(thread.getAuthorId()).displayName();
        return new ThreadPage(thread, author, queries.replies(thread, page, size), followers[1] > 0, followers[0]);
    }

    /** A reply and whom its mail reached among the thread's followers. */
    record Replied(BoardReply reply, org.repsportal.notifications.MailReach reach) {
    }

    /** Adds a reply and tells the thread's followers, except the one who wrote it. */
    public BoardReply reply(Actor actor, long id, String body) {
        return replyTelling(actor, id, body).reply();
    }

    /** As {@link #reply}, also saying who of the followers will not get the mail about it, and who is away. */
    public Replied replyTelling(Actor actor, long id, String body) {
        BoardThread thread = get(actor, id);
        var problems = new ArrayList<FieldProblem>();
        String text = checkBody(body, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        BoardReply reply = replies.save(thread.reply(actor.personId(), text, clock.instant()));
        queries.replied(id, reply.getCreatedAt());
        String author = people.summaries(List.of(actor.personId())).get(actor.personId()).displayName();
        var reach = mail.boardReply(thread, actor.personId(), author, queries.followersToTell(id, actor.personId()));
        return new Replied(reply, reach);
    }

    public void follow(Actor actor, long id) {
        get(actor, id);
        queries.follow(id, actor.personId());
    }

    public void unfollow(Actor actor, long id) {
        get(actor, id);
        queries.unfollow(id, actor.personId());
    }

    private BoardThread get(Actor actor, long id) {
        BoardAccessPolicy.mayUse(actor).orForbid();
        return threads.findById(id).orElseThrow(() -> new NotFoundException("Board thread", id));
    }

    /** The body of a thread or a reply, by the one rule for what people write ({@link CommentText}). */
    private static String checkBody(String body, List<FieldProblem> problems) {
        try {
            return CommentText.of("body", body, "board.body.required", "board.body.long");
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }
}
