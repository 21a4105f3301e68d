package org.repsportal.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.repsportal.people.Actor;
import org.repsportal.platform.NotFoundException;
import org.repsportal.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.repsportal.notifications.OutboxMessages.instant;

/**
 * The outbox as Admins read it, newest first: what was sent, what waits or failed, and, without an SMTP
 * server, every mail the portal would have sent. Two statements a page.
 */
@Service
@Transactional(readOnly = true)
class MailLog {

    private final JdbcClient jdbc;
    private final MailComposer composer;
    private final PortalMailProperties properties;

    MailLog(JdbcClient jdbc, MailComposer composer, PortalMailProperties properties) {
        this.jdbc = jdbc;
        this.composer = composer;
        this.properties = properties;
    }

    /** One page of the log, optionally only mail in one status. */
    public PageResult<MailLogEntry> list(Actor actor, MailStatus status, int page, int size) {
        MailLogPolicy.mayRead(actor).orForbid();
        String where = status == null ? "" : " where status = :status";
        Map<String, Object> params = new HashMap<>();
        if (status != null) {
            params.put("status", status.name());
        }
        long total = jdbc.sql("select count(*) from mail_messages" + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<MailLogEntry> entries = jdbc.sql("""
                        select id, created_at, category, recipient_id, recipient_name, recipient_address, subject,
                               status, attempts
                        from mail_messages""" + where + " order by created_at desc, id desc limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> {
                    MailCategory category = MailCategory.valueOf(rs.getString("category"));
                    long recipientId = rs.getLong("recipient_id");
                    boolean shown = MailLogPolicy.mayReadDetails(actor, category, recipientId);
                    return new MailLogEntry(rs.getLong("id"), instant(rs, "created_at"), category,
                            shown ? recipientId : null, shown ? rs.getString("recipient_name") : null,
                            shown ? rs.getString("recipient_address") : null, shown ? rs.getString("subject") : null,
                            MailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"));
                })
                .list();
        return new PageResult<>(entries, page, size, total);
    }

    /** One mail in full; its body only when the reader may see it. */
    public MailLogMessage message(Actor actor, long id) {
        MailLogPolicy.mayRead(actor).orForbid();
        List<MailLogMessage.AttachmentInfo> attachments = jdbc.sql("""
                        select filename, content_type, octet_length(content) as size
                        from mail_attachments where message_id = ? order by position""")
                .param(id)
                .query((rs, n) -> new MailLogMessage.AttachmentInfo(rs.getString("filename"),
                        rs.getString("content_type"), rs.getInt("size")))
                .list();
        return jdbc.sql("select * from mail_messages where id = ?")
                .param(id)
                .query((rs, n) -> toMessage(actor, rs, attachments))
                .optional()
                .orElseThrow(() -> new NotFoundException("Mail", id));
    }

    private MailLogMessage toMessage(Actor actor, ResultSet rs, List<MailLogMessage.AttachmentInfo> attachments)
            throws SQLException {
        MailCategory category = MailCategory.valueOf(rs.getString("category"));
        long recipientId = rs.getLong("recipient_id");
        Long digestId = rs.getObject("digest_id", Long.class);
        boolean shown = MailLogPolicy.mayReadDetails(actor, category, recipientId);
        return new MailLogMessage(rs.getLong("id"), instant(rs, "created_at"), category,
                category.listId(properties.listIdDomain()),
                shown ? composer.subjectLine(category, rs.getString("subject")) : null,
                shown ? recipientId : null, shown ? rs.getString("recipient_name") : null,
                shown ? rs.getString("recipient_address") : null,
                shown ? rs.getString("reply_to_name") : null, shown ? rs.getString("reply_to_address") : null,
                MailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
                instant(rs, "last_attempt_at"), instant(rs, "processed_at"), shown ? rs.getString("last_error") : null,
                digestId, shown ? rs.getString("body") : null, shown ? attachments : List.of());
    }
}
