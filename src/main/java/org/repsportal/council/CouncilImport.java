package org.repsportal.council;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds past concerns and board threads with their own dates (demo programs, migrations from another tool).
 * The aggregates' own transitions run with the given times, so imported history obeys the same rules; the
 * audit trail records the import with those times. Nothing is mailed.
 */
@Service
@Transactional
public class CouncilImport {

    /**
     * A past concern and how far the Council got with it: set {@code acknowledgedAt} (and then
     * {@code workStartedAt}, and then {@code resolvedAt}) to move it along.
     */
    public record ImportedConcern(ConcernCategory category, long reporterId, Long aboutPersonId, Long involvedMentorId,
                                  String summary, String details, Instant raisedAt, Long handledBy, Instant acknowledgedAt,
                                  Instant workStartedAt, Instant resolvedAt, String resolution) {
    }

    /** A past thread with its replies, oldest first. */
    public record ImportedThread(long authorId, String title, String body, Instant at, List<ImportedReply> replies,
                                 List<Long> followers) {
    }

    public record ImportedReply(long authorId, String body, Instant at) {
    }

    private final ConcernRepository concerns;
    private final BoardRepository threads;
    private final BoardReplyRepository replies;
    private final BoardQueries board;
    private final JdbcClient jdbc;

    CouncilImport(ConcernRepository concerns, BoardRepository threads, BoardReplyRepository replies, BoardQueries board,
                  JdbcClient jdbc) {
        this.concerns = concerns;
        this.threads = threads;
        this.replies = replies;
        this.board = board;
        this.jdbc = jdbc;
    }

    public long importConcern(ImportedConcern imported) {
        Concern concern = new Concern(imported.category(), imported.reporterId(), imported.aboutPersonId(),
                imported.involvedMentorId(), imported.summary(), imported.details(),
                imported.category() == ConcernCategory.ABUSE, imported.raisedAt());
        concern = concerns.saveAndFlush(concern);
        long id = concern.getId();
        audit(id, imported.reporterId(), AuditAction.RAISED, imported.raisedAt());
        if (imported.acknowledgedAt() != null) {
            concern.acknowledge(imported.handledBy(), imported.acknowledgedAt());
            audit(id, imported.handledBy(), AuditAction.ACKNOWLEDGED, imported.acknowledgedAt());
            if (imported.workStartedAt() != null) {
                concern.startWork(imported.handledBy(), imported.workStartedAt());
                audit(id, imported.handledBy(), AuditAction.WORK_STARTED, imported.workStartedAt());
                if (imported.resolvedAt() != null) {
                    concern.resolve(imported.handledBy(), imported.resolution(), imported.resolvedAt());
                    audit(id, imported.handledBy(), AuditAction.RESOLVED, imported.resolvedAt());
                }
            }
        }
        concerns.save(concern);
        return id;
    }

    public long importThread(ImportedThread imported) {
        BoardThread thread = threads.saveAndFlush(new BoardThread(imported.authorId(), imported.title(), imported.body(),
                imported.at()));
        for (ImportedReply reply : imported.replies()) {
            replies.save(thread.reply(reply.authorId(), reply.body(), reply.at()));
        }
        threads.save(thread);
        board.follow(thread.getId(), imported.authorId());
        imported.followers().forEach(follower -> board.follow(thread.getId(), follower));
        return thread.getId();
    }

    private void audit(long concernId, long actorId, AuditAction action, Instant at) {
        jdbc.sql("insert into concern_audit (concern_id, actor_id, action, note, at) values (?, ?, ?, ?, ?)")
                .params(concernId, actorId, action.name(), "council.audit.note.imported", Timestamp.from(at))
                .update();
    }
}
