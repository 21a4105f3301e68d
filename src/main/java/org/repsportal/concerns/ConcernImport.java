package org.repsportal.concerns;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds past concerns with their own dates (demo programs, migrations from another tool).
 * The aggregates' own transitions run with the given times, so imported history obeys the same rules; the
 * audit trail records the import with those times. Nothing is mailed.
 */
@Service
@Transactional
public class ConcernImport {

    /**
     * A past concern and how far the Council got with it: set {@code acknowledgedAt} (and then
     * {@code workStartedAt}, and then {@code resolvedAt}) to move it along.
     */
    public record ImportedConcern(ConcernCategory category, long reporterId, Long aboutPersonId, Long involvedMentorId,
                                  String summary, String details, Instant raisedAt, Long handledBy, Instant acknowledgedAt,
                                  Instant workStartedAt, Instant resolvedAt, String resolution) {
    }

    private final ConcernRepository concerns;
    private final JdbcClient jdbc;

    ConcernImport(ConcernRepository concerns, JdbcClient jdbc) {
        this.concerns = concerns;
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

    private void audit(long concernId, long actorId, AuditAction action, Instant at) {
        jdbc.sql("insert into concern_audit (concern_id, actor_id, action, note, at) values (?, ?, ?, ?, ?)")
                .params(concernId, actorId, action.name(), "council.audit.note.imported", Timestamp.from(at))
                .update();
    }
}
