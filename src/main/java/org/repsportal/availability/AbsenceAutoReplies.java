package org.repsportal.availability;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.repsportal.notifications.AutoReplies;
import org.repsportal.notifications.Mail;
import org.repsportal.notifications.MailCategory;
import org.repsportal.platform.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Mail a member writes to someone who is away gets the absence's auto-reply, naming the delegate: once per
 * sender per absence, however many mails they write meanwhile.
 */
@Component
class AbsenceAutoReplies implements AutoReplies {

    private record Away(long absenceId, long personId, String name, LocalDate until, String autoReply, Long delegateId,
                        String delegateName, String delegateEmail) {
    }

    private final JdbcClient jdbc;
    private final Texts texts;
    private final Clock clock;

    AbsenceAutoReplies(JdbcClient jdbc, Texts texts, Clock clock) {
        this.jdbc = jdbc;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public List<Mail> repliesTo(List<Mail> memberMail) {
        if (memberMail.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, Away> away = jdbc.sql("""
                        select a.id, a.person_id, p.display_name, a.ends_on, a.auto_reply, a.delegate_id,
                               d.display_name as delegate_name, d.email as delegate_email
                        from absences a join people p on p.id = a.person_id left join people d on d.id = a.delegate_id
                        where a.person_id = any(:ids) and a.state <> 'CANCELLED' and a.starts_on <= :today and a.ends_on >= :today""")
                .param("ids", memberMail.stream().map(Mail::recipientId).distinct().toArray(Long[]::new))
                .param("today", today)
                .query((rs, n) -> new Away(rs.getLong("id"), rs.getLong("person_id"), rs.getString("display_name"),
                        rs.getObject("ends_on", LocalDate.class), rs.getString("auto_reply"), (Long) rs.getObject("delegate_id"),
                        rs.getString("delegate_name"), rs.getString("delegate_email")))
                .list().stream().collect(Collectors.toMap(Away::personId, Function.identity(), (a, b) -> a));
        var replies = new ArrayList<Mail>();
        for (Mail mail : memberMail) {
            Away absence = away.get(mail.recipientId());
            if (absence != null && firstToThisSender(absence, mail.senderId())) {
                replies.add(reply(absence, mail));
            }
        }
        return replies;
    }

    @Override
    public Map<Long, LocalDate> awayUntil(java.util.Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        var until = new java.util.HashMap<Long, LocalDate>();
        jdbc.sql("""
                        select person_id, max(ends_on) as ends_on from absences
                        where person_id = any(:ids) and state <> 'CANCELLED' and starts_on <= :today and ends_on >= :today
                        group by person_id""")
                .param("ids", personIds.stream().distinct().toArray(Long[]::new))
                .param("today", LocalDate.now(clock))
                .query(rs -> {
                    until.put(rs.getLong("person_id"), rs.getObject("ends_on", LocalDate.class));
                });
        return until;
    }

    private boolean firstToThisSender(Away absence, long senderId) {
        return jdbc.sql("insert into absence_auto_replies (absence_id, sender_id, sent_at) values (?, ?, ?) on conflict do nothing")
                .params(absence.absenceId(), senderId, Timestamp.from(clock.instant())).update() == 1;
    }

    private Mail reply(Away absence, Mail original) {
        Texts texts = this.texts.forPerson(original.senderId());
        String body = absence.autoReply() + "\n\n" + (absence.delegateId() == null
                ? texts.get("absence.autoReply.mail.noDelegate", absence.name(), absence.until())
                : texts.get("absence.autoReply.mail.delegate", absence.name(), absence.until(), absence.delegateName(),
                absence.delegateEmail()));
        Mail reply = Mail.to(original.senderId(), MailCategory.MENTORSHIP,
                texts.get("absence.autoReply.mail.subject", absence.name(), original.subject()), body);
        return absence.delegateId() == null ? reply : reply.replyTo(absence.delegateId());
    }
}
