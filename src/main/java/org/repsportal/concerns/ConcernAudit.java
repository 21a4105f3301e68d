package org.repsportal.concerns;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit trail of concerns. The application only inserts; the database refuses updates,
 * deletes and truncation of the table (migration V40).
 */
@Component
class ConcernAudit {

    private final JdbcClient jdbc;
    private final Clock clock;

    ConcernAudit(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records in the caller's transaction: the entry exists exactly when what it records happened. */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(long concernId, long actorId, AuditAction action, String note) {
        insert(concernId, actorId, action, note);
    }

    /** Records a refused access in a transaction of its own, which stays when the request fails with "not found". */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordRefusal(long concernId, long actorId, String reason) {
        insert(concernId, actorId, AuditAction.ACCESS_REFUSED, reason);
    }

    @Transactional(readOnly = true)
    List<AuditEntry> trail(long concernId) {
        return jdbc.sql("""
                        select a.id, a.actor_id, p.display_name, a.action, a.note, a.at
                        from concern_audit a join people p on p.id = a.actor_id
                        where a.concern_id = :concern order by a.at, a.id""")
                .param("concern", concernId)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getLong("actor_id"), rs.getString("display_name"),
                        AuditAction.valueOf(rs.getString("action")), rs.getString("note"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    private void insert(long concernId, long actorId, AuditAction action, String note) {
        jdbc.sql("insert into concern_audit (concern_id, actor_id, action, note, at) values (?, ?, ?, ?, ?)")
                .params(concernId, actorId, action.name(), note, Timestamp.from(clock.instant()))
                .update();
    }
}
