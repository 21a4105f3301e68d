package org.repsportal.notifications;

import java.time.Instant;
import java.util.List;

import org.repsportal.people.Person;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads what the outbox holds for one person, oldest first, for assertions. */
final class OutboxRows {

    record Row(long id, MailCategory category, MailStatus status, String subject, String body, int attempts,
               Instant nextAttemptAt, Long digestId, String lastError) {
    }

    private final JdbcClient jdbc;

    OutboxRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> of(Person recipient) {
        return jdbc.sql("""
                        select id, category, status, subject, body, attempts, next_attempt_at, digest_id, last_error
                        from mail_messages where recipient_id = ? order by id""")
                .param(recipient.getId())
                .query((rs, n) -> new Row(rs.getLong("id"), MailCategory.valueOf(rs.getString("category")),
                        MailStatus.valueOf(rs.getString("status")), rs.getString("subject"), rs.getString("body"),
                        rs.getInt("attempts"), OutboxMessages.instant(rs, "next_attempt_at"),
                        rs.getObject("digest_id", Long.class), rs.getString("last_error")))
                .list();
    }

    Row only(Person recipient) {
        List<Row> rows = of(recipient);
        if (rows.size() != 1) {
            throw new AssertionError("Expected one mail for " + recipient.getEmail() + " but found " + rows);
        }
        return rows.get(0);
    }
}
