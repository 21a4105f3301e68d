package org.repsportal.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox tables in plain SQL: writing mail, and the sender's and the digest's queries. */
@Repository
class OutboxMessages {

    private static final int MAX_ERROR_LENGTH = 1000;

    private final JdbcClient jdbc;

    OutboxMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewMessage message) {
        long id = jdbc.sql("""
                        insert into mail_messages (category, recipient_id, recipient_address, recipient_name,
                            reply_to_person_id, reply_to_address, reply_to_name, subject, body, status, created_at,
                            next_attempt_at, language)
                        values (:category, :recipientId, :recipientAddress, :recipientName, :replyToPersonId,
                            :replyToAddress, :replyToName, :subject, :body, :status, :createdAt, :nextAttemptAt, :language)
                        returning id""")
                .param("category", message.category().name())
                .param("recipientId", message.recipientId())
                .param("recipientAddress", message.recipientAddress())
                .param("recipientName", message.recipientName())
                .param("replyToPersonId", message.replyToPersonId())
                .param("replyToAddress", message.replyToAddress())
                .param("replyToName", message.replyToName())
                .param("subject", message.subject())
                .param("body", message.body())
                .param("status", message.status().name())
                .param("createdAt", timestamp(message.createdAt()))
                .param("nextAttemptAt", timestamp(message.firstAttemptAt()))
                .param("language", message.language())
                .query(Long.class).single();
        int position = 0;
        for (Mail.Attachment attachment : message.attachments()) {
            jdbc.sql("""
                            insert into mail_attachments (message_id, position, filename, content_type, content)
                            values (?, ?, ?, ?, ?)""")
                    .params(id, position++, attachment.filename(), attachment.contentType(), attachment.content())
                    .update();
        }
        return id;
    }

    /** Queued mail whose next attempt is due, oldest first. */
    List<Long> dueIds(Instant now, int limit) {
        return jdbc.sql("""
                        select id from mail_messages
                        where status = 'QUEUED' and next_attempt_at <= ?
                        order by next_attempt_at, id limit ?""")
                .params(timestamp(now), limit)
                .query(Long.class).list();
    }

    /**
     * Locks one queued mail that is still due, for the transaction that sends it; another instance sending at
     * the same moment skips it.
     */
    Optional<OutgoingMail> lockIfDue(long id, Instant now) {
        return jdbc.sql("""
                        select id, category, recipient_id, recipient_address, recipient_name, reply_to_address, reply_to_name,
                               subject, body, attempts, language
                        from mail_messages
                        where id = ? and status = 'QUEUED' and next_attempt_at <= ?
                        for update skip locked""")
                .params(id, timestamp(now))
                .query((rs, n) -> new OutgoingMail(rs.getLong("id"), MailCategory.valueOf(rs.getString("category")),
                        rs.getObject("recipient_id", Long.class),
                        rs.getString("recipient_address"), rs.getString("recipient_name"),
                        rs.getString("reply_to_address"), rs.getString("reply_to_name"), rs.getString("subject"),
                        rs.getString("body"), rs.getInt("attempts"), attachmentsOf(id), rs.getString("language")))
                .optional();
    }

    List<Mail.Attachment> attachmentsOf(long messageId) {
        return jdbc.sql("select filename, content_type, content from mail_attachments where message_id = ? order by position")
                .param(messageId)
                .query((rs, n) -> new Mail.Attachment(rs.getString("filename"), rs.getString("content_type"),
                        rs.getBytes("content")))
                .list();
    }

    void markSent(long id, int attempts, Instant at) {
        finish(id, MailStatus.SENT, attempts, null, at);
    }

    void markLogged(long id, Instant at) {
        jdbc.sql("update mail_messages set status = 'LOGGED', next_attempt_at = null, processed_at = ? where id = ?")
                .params(timestamp(at), id).update();
    }

    void markFailed(long id, int attempts, String error, Instant at) {
        finish(id, MailStatus.FAILED, attempts, error, at);
    }

    void markForRetry(long id, int attempts, Instant nextAttemptAt, String error, Instant at) {
        jdbc.sql("""
                        update mail_messages set attempts = ?, next_attempt_at = ?, last_attempt_at = ?, last_error = ?
                        where id = ?""")
                .params(attempts, timestamp(nextAttemptAt), timestamp(at), shorten(error), id)
                .update();
    }

    private void finish(long id, MailStatus status, int attempts, String error, Instant at) {
        jdbc.sql("""
                        update mail_messages set status = ?, attempts = ?, next_attempt_at = null, last_attempt_at = ?,
                            processed_at = ?, last_error = coalesce(?, last_error)
                        where id = ?""")
                .params(status.name(), attempts, timestamp(at), timestamp(at), shorten(error), id)
                .update();
    }

    /** People who have mail held for their digest that was written up to the given time. */
    List<Long> recipientsWithHeldMail(Instant upTo) {
        return jdbc.sql("""
                        select distinct recipient_id from mail_messages
                        where status = 'HELD_FOR_DIGEST' and created_at <= ?
                        order by recipient_id""")
                .param(timestamp(upTo))
                .query(Long.class).list();
    }

    /** Locks the mail held for one person's digest, oldest first. */
    List<HeldMail> lockHeld(long recipientId, Instant upTo) {
        return jdbc.sql("""
                        select id, category, subject, body, reply_to_name, reply_to_address, created_at
                        from mail_messages
                        where recipient_id = ? and status = 'HELD_FOR_DIGEST' and created_at <= ?
                        order by created_at, id
                        for update skip locked""")
                .params(recipientId, timestamp(upTo))
                .query((rs, n) -> new HeldMail(rs.getLong("id"), MailCategory.valueOf(rs.getString("category")),
                        rs.getString("subject"), rs.getString("body"), rs.getString("reply_to_name"),
                        rs.getString("reply_to_address"), instant(rs, "created_at")))
                .list();
    }

    /** The held mail went out in the given digest; its attachments go with the digest. */
    void bundle(Collection<Long> heldIds, long digestId, Instant at) {
        Map<String, Object> params = new HashMap<>();
        params.put("ids", heldIds.toArray(Long[]::new));
        params.put("digestId", digestId);
        params.put("at", timestamp(at));
        jdbc.sql("""
                        insert into mail_attachments (message_id, position, filename, content_type, content)
                        select :digestId, (row_number() over (order by m.created_at, m.id, a.position)) - 1,
                               a.filename, a.content_type, a.content
                        from mail_attachments a join mail_messages m on m.id = a.message_id
                        where a.message_id = any(:ids)""")
                .params(params).update();
        jdbc.sql("""
                        update mail_messages set status = 'BUNDLED', digest_id = :digestId, processed_at = :at
                        where id = any(:ids)""")
                .params(params).update();
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static String shorten(String error) {
        if (error == null) {
            return null;
        }
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    static List<Long> ids(List<HeldMail> held) {
        var ids = new ArrayList<Long>(held.size());
        held.forEach(h -> ids.add(h.id()));
        return ids;
    }
}
