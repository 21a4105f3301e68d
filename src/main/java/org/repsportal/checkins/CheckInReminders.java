package org.repsportal.checkins;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.repsportal.notifications.Mail;
import org.repsportal.notifications.MailCategory;
import org.repsportal.notifications.Outbox;
import org.repsportal.platform.PortalLinks;
import org.repsportal.platform.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the mentor and the mentee of a planned check-in once, when it is less than two days away, with
 * its goals, so that it does not slip by.
 */
@Service
class CheckInReminders {

    static final Duration AHEAD = Duration.ofHours(48);

    private record Due(long id, long mentorId, String mentorName, long menteeId, String menteeName, Instant at, String zone) {
    }

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final Texts texts;
    private final PortalLinks links;

    CheckInReminders(JdbcClient jdbc, Outbox outbox, Texts texts, PortalLinks links) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.texts = texts;
        this.links = links;
    }

    /** Sends the reminders due at the given moment; returns how many check-ins were reminded. */
    @Transactional
    public int remind(Instant now) {
        List<Due> due = jdbc.sql("""
                        update checkins c set reminded_at = :now
                        from people m, people e
                        where m.id = c.mentor_id and e.id = c.mentee_id
                          and c.status = 'PLANNED' and c.reminded_at is null and c.offered_to is null
                          and c.scheduled_at > :now and c.scheduled_at <= :until
                        returning c.id, c.mentor_id, m.display_name as mentor_name, c.mentee_id, e.display_name as mentee_name,
                                  c.scheduled_at, c.time_zone""")
                .param("now", Timestamp.from(now)).param("until", Timestamp.from(now.plus(AHEAD)))
                .query((rs, n) -> new Due(rs.getLong("id"), rs.getLong("mentor_id"), rs.getString("mentor_name"),
                        rs.getLong("mentee_id"), rs.getString("mentee_name"), rs.getTimestamp("scheduled_at").toInstant(),
                        rs.getString("time_zone")))
                .list();
        for (Due checkIn : due) {
            List<String> goals = jdbc.sql("select text from checkin_goals where checkin_id = ? order by position")
                    .param(checkIn.id()).query(String.class).list();
            String list = "- " + String.join("\n- ", goals);
            String link = links.to("/checkins/" + checkIn.id());
            Map<Long, Texts> in = texts.forPeople(List.of(checkIn.mentorId(), checkIn.menteeId()));
            Texts mentorTexts = in.get(checkIn.mentorId());
            Texts menteeTexts = in.get(checkIn.menteeId());
            String mentorWhen = mentorTexts.at(checkIn.at(), checkIn.zone());
            String menteeWhen = menteeTexts.at(checkIn.at(), checkIn.zone());
            outbox.queue(Mail.to(checkIn.mentorId(), MailCategory.MENTORSHIP, mentorTexts.get("checkin.reminder.subject", checkIn.menteeName(), mentorWhen),
                    mentorTexts.get("checkin.reminder.body", checkIn.menteeName(), mentorWhen, list, link)).replyTo(checkIn.menteeId()));
            outbox.queue(Mail.to(checkIn.menteeId(), MailCategory.MENTORSHIP, menteeTexts.get("checkin.reminder.subject", checkIn.mentorName(), menteeWhen),
                    menteeTexts.get("checkin.reminder.body", checkIn.mentorName(), menteeWhen, list, link)).replyTo(checkIn.mentorId()));
        }
        return due.size();
    }

}
