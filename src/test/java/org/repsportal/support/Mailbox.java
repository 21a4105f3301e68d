package org.repsportal.support;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import org.repsportal.people.Person;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mail the portal wrote, as a test reads it: every message the outbox holds (whatever its status), with its
 * attachments. A selection starts with whom it went to and narrows by category, subject, body or time; its mail
 * comes in the order it was written.
 *
 * <pre>{@code
 * mailbox.to(mentor).in("MENTORSHIP").subjectContaining("is back with you").only().body()
 * mailbox.to(rep).count()
 * }</pre>
 */
@Component
public class Mailbox {

    private final JdbcClient jdbc;

    public Mailbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The mail to a person. */
    public Mails to(Person person) {
        return to(person.getId());
    }

    /** The mail to a person, by id. */
    public Mails to(long personId) {
        return all().where("recipient_id = ?", personId);
    }

    /** The mail to an address (an applicant has no person yet). */
    public Mails to(String address) {
        return all().where("recipient_address = ?", address);
    }

    /** The mail to any of these people. */
    public Mails toAnyOf(Collection<Person> people) {
        return all().where("recipient_id = any(?)", people.stream().map(Person::getId).toArray(Long[]::new));
    }

    /** The mail to anyone. */
    public Mails all() {
        return new Mails(List.of(), List.of());
    }

    /** One message. */
    public record Mail(long id, String category, Long recipientId, String recipientAddress, Long replyToPersonId,
            String subject, String body, String language, Instant createdAt, List<Attachment> attachments) {

        /** The subject and the body, separated by a space. */
        public String text() {
            return subject + " " + body;
        }

        /** The subject without the program's "[…]" prefix. */
        public String plainSubject() {
            return subject.substring(subject.indexOf(']') + 1).strip();
        }

        /** The calendar invitation it carries. */
        public Attachment invitation() {
            return attachments.stream().filter(Attachment::isCalendar).findFirst()
                    .orElseThrow(() -> new NoSuchElementException("no calendar attachment in \"" + subject + "\""));
        }

        /** The text of the calendar invitation it carries, its folded lines joined. */
        public String calendar() {
            return invitation().text().replace("\r\n ", "");
        }

        public boolean hasCalendar() {
            return attachments.stream().anyMatch(Attachment::isCalendar);
        }
    }

    public record Attachment(String filename, String contentType, byte[] content) {

        public boolean isCalendar() {
            return contentType.startsWith("text/calendar");
        }

        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    /** A selection of mail; each narrowing returns a new selection. */
    public final class Mails {

        private final List<String> conditions;
        private final List<Object> params;

        private Mails(List<String> conditions, List<Object> params) {
            this.conditions = conditions;
            this.params = params;
        }

        private Mails where(String condition, Object param) {
            List<String> c = new ArrayList<>(conditions);
            c.add(condition);
            List<Object> p = new ArrayList<>(params);
            p.add(param);
            return new Mails(List.copyOf(c), List.copyOf(p));
        }

        /** Whose replies go to this person. */
        public Mails repliesTo(Person person) {
            return where("reply_to_person_id = ?", person.getId());
        }

        /** In a mail category, such as {@code "MENTORSHIP"}. */
        public Mails in(String category) {
            return where("category = ?", category);
        }

        public Mails subjectIs(String subject) {
            return where("subject = ?", subject);
        }

        public Mails subjectContaining(String text) {
            return where("subject like ?", "%" + text + "%");
        }

        public Mails subjectStartingWith(String text) {
            return where("subject like ?", text + "%");
        }

        /** With a subject that starts with any of these, as in each language. */
        public Mails subjectStartingWithAnyOf(String... texts) {
            return where("subject like any(?)", java.util.Arrays.stream(texts).map(t -> t + "%").toArray(String[]::new));
        }

        /** Carrying a calendar invitation. */
        public Mails withCalendar() {
            return where("exists (select 1 from mail_attachments a where a.message_id = mail_messages.id"
                    + " and a.content_type like ?)", "text/calendar%");
        }

        public Mails bodyContaining(String text) {
            return where("body like ?", "%" + text + "%");
        }

        public Mails bodyEndingWith(String text) {
            return where("body like ?", "%" + text);
        }

        /** Written after this instant. */
        public Mails after(Instant instant) {
            return where("created_at > ?", Timestamp.from(instant));
        }

        /** Written at or after this instant. */
        public Mails since(Instant instant) {
            return where("created_at >= ?", Timestamp.from(instant));
        }

        private String whereClause() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        public long count() {
            return jdbc.sql("select count(*) from mail_messages" + whereClause()).params(params).query(Long.class).single();
        }

        public boolean isEmpty() {
            return count() == 0;
        }

        public List<Mail> list() {
            List<Mail> found = jdbc.sql("""
                            select id, category, recipient_id, recipient_address, reply_to_person_id, subject, body, language,
                                   created_at
                            from mail_messages""" + whereClause() + " order by id")
                    .params(params).query((rs, n) -> mail(rs, List.of())).list();
            if (found.isEmpty()) {
                return found;
            }
            Map<Long, List<Attachment>> attachments = jdbc.sql("""
                            select message_id, filename, content_type, content from mail_attachments
                            where message_id = any(?) order by message_id, position""")
                    .param(found.stream().map(Mail::id).toArray(Long[]::new))
                    .query((rs, n) -> Map.entry(rs.getLong(1), new Attachment(rs.getString(2), rs.getString(3), rs.getBytes(4))))
                    .list().stream()
                    .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
            return found.stream().map(m -> new Mail(m.id(), m.category(), m.recipientId(), m.recipientAddress(),
                    m.replyToPersonId(), m.subject(), m.body(), m.language(), m.createdAt(),
                    List.copyOf(attachments.getOrDefault(m.id(), List.of())))).toList();
        }

        /** The one message of the selection; fails if there is none or more than one. */
        public Mail only() {
            List<Mail> found = list();
            if (found.size() != 1) {
                throw new AssertionError("expected exactly one mail but found " + found.size() + ": "
                        + found.stream().map(Mail::subject).toList());
            }
            return found.get(0);
        }

        /** The first message written; fails if there is none. */
        public Mail first() {
            return list().stream().findFirst().orElseThrow(() -> new AssertionError("no mail"));
        }

        /** The last message written; fails if there is none. */
        public Mail latest() {
            List<Mail> found = list();
            if (found.isEmpty()) {
                throw new AssertionError("no mail");
            }
            return found.get(found.size() - 1);
        }

        public List<String> subjects() {
            return list().stream().map(Mail::subject).toList();
        }

        public List<String> plainSubjects() {
            return list().stream().map(Mail::plainSubject).toList();
        }

        public List<String> bodies() {
            return list().stream().map(Mail::body).toList();
        }

        public List<String> categories() {
            return list().stream().map(Mail::category).toList();
        }

        /** Subject and body of each, separated by a space. */
        public List<String> texts() {
            return list().stream().map(Mail::text).toList();
        }
    }

    private static Mail mail(ResultSet rs, List<Attachment> attachments) throws SQLException {
        return new Mail(rs.getLong("id"), rs.getString("category"), rs.getObject("recipient_id", Long.class),
                rs.getString("recipient_address"), rs.getObject("reply_to_person_id", Long.class), rs.getString("subject"),
                rs.getString("body"), rs.getString("language"), rs.getTimestamp("created_at").toInstant(), attachments);
    }
}
