package org.repsportal.budgets;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.repsportal.people.Actor;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The discussion beside a request's history: comments by the Council and the requester's mentor. */
@Service
@Transactional
class Discussion {

    static final int MAX_COMMENT = 4000;

    record Comment(long id, long authorId, String body, Instant at) {
    }

    private final Budgets budgets;
    private final JdbcClient jdbc;
    private final Clock clock;

    Discussion(Budgets budgets, JdbcClient jdbc, Clock clock) {
        this.budgets = budgets;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Adds a comment by someone who may write in this request's discussion; returns it. */
    Comment comment(Actor actor, long requestId, String body) {
        BudgetRequest request = budgets.find(requestId);
        BudgetAccessPolicy.mayRead(actor, request).orForbid();
        DiscussionPolicy.mayComment(actor, request).orForbid();
        if (body == null || body.isBlank()) {
            throw new InvalidInputException(List.of(new FieldProblem("body", "budget.comment.required")));
        }
        if (body.length() > MAX_COMMENT) {
            throw new InvalidInputException(List.of(new FieldProblem("body", "budget.text.long")));
        }
        Instant now = clock.instant();
        long id = jdbc.sql("select nextval('budget_comments_seq')").query(Long.class).single();
        jdbc.sql("insert into budget_comments (id, request_id, author_id, body, created_at) values (?, ?, ?, ?, ?)")
                .params(id, requestId, actor.personId(), body.strip(), java.sql.Timestamp.from(now))
                .update();
        return new Comment(id, actor.personId(), body.strip(), now);
    }

    /** A request's comments, oldest first (the caller decided that the reader may see the request). */
    @Transactional(readOnly = true)
    List<Comment> of(long requestId) {
        return jdbc.sql("select id, author_id, body, created_at from budget_comments where request_id = ? order by created_at, id limit 500")
                .param(requestId)
                .query((rs, n) -> new Comment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
                .list();
    }
}
