package org.repsportal.reports;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.repsportal.mentorship.Mentorships;
import org.repsportal.notifications.Mail;
import org.repsportal.notifications.MailCategory;
import org.repsportal.notifications.Outbox;
import org.repsportal.people.Availability;
import org.repsportal.platform.PortalLinks;
import org.repsportal.platform.Texts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily no-report reminders: a Rep silent for more than four weeks is reminded and their mentor gets a
 * note; again after eight weeks. Reps who joined less than four weeks ago or are away are left alone, and
 * each reminder goes out once per silence (a new report starts a new silence).
 */
@Service
class InactivityReminders {

    record Candidate(long personId, String displayName, LocalDate silentSince) {
    }

    private final JdbcClient jdbc;
    private final ReportsProperties properties;
    private final Mentorships mentorships;
    private final ObjectProvider<Availability> availability;
    private final Outbox outbox;
    private final Texts texts;
    private final PortalLinks links;

    InactivityReminders(JdbcClient jdbc, ReportsProperties properties, Mentorships mentorships,
                        ObjectProvider<Availability> availability, Outbox outbox, Texts texts,
                        PortalLinks links) {
        this.links = links;
        this.jdbc = jdbc;
        this.properties = properties;
        this.mentorships = mentorships;
        this.availability = availability;
        this.outbox = outbox;
        this.texts = texts;
    }

    /** Sends what is due on the given day and returns how many Reps were reminded. */
    @Transactional
    public int remind(LocalDate today) {
        List<Candidate> candidates = silentReps(today);
        if (candidates.isEmpty()) {
            return 0;
        }
        List<Long> ids = candidates.stream().map(Candidate::personId).toList();
        Set<Long> away = availability.getIfAvailable(() -> Availability.EVERYONE_AVAILABLE).awayOn(today, ids);
        Map<Long, Long> mentors = mentorships.currentMentorIds(ids);
        int reminded = 0;
        for (Candidate candidate : candidates) {
            if (away.contains(candidate.personId())) {
                continue;
            }
            long silentDays = ChronoUnit.DAYS.between(candidate.silentSince(), today);
            ReminderStage stage = silentDays > properties.inactiveHigh().toDays() ? ReminderStage.EIGHT_WEEKS : ReminderStage.FOUR_WEEKS;
            if (record(candidate, stage, today)) {
                if (stage == ReminderStage.EIGHT_WEEKS) {
                    record(candidate, ReminderStage.FOUR_WEEKS, today);
                }
                send(candidate, stage, silentDays / 7, mentors.get(candidate.personId()));
                reminded++;
            }
        }
        return reminded;
    }

    /** Active Reps past the grace period whose last report (or joining) is more than four weeks ago, in one statement. */
    List<Candidate> silentReps(LocalDate today) {
        return jdbc.sql("""
                        select p.id, p.display_name, coalesce(l.last_on, p.joined_on) as since
                        from people p
                        join person_roles pr on pr.person_id = p.id and pr.role = 'REP'
                        left join (select a.person_id, a.last_reported_on as last_on from report_activity a) l on l.person_id = p.id
                        where p.status = 'ACTIVE'
                          and p.joined_on <= :joinedBefore
                          and coalesce(l.last_on, p.joined_on) < :silentBefore
                        order by p.id""")
                .param("joinedBefore", today.minusDays(properties.remindersGraceAfterJoining().toDays()))
                .param("silentBefore", today.minusDays(properties.inactiveLow().toDays()))
                .query((rs, n) -> new Candidate(rs.getLong("id"), rs.getString("display_name"), rs.getObject("since", LocalDate.class)))
                .list();
    }

    private boolean record(Candidate candidate, ReminderStage stage, LocalDate today) {
        return jdbc.sql("""
                        insert into inactivity_reminders (person_id, stage, silent_since, sent_on)
                        values (:person, :stage, :since, :today) on conflict do nothing""")
                .param("person", candidate.personId()).param("stage", stage.name())
                .param("since", candidate.silentSince()).param("today", today)
                .update() == 1;
    }

    private void send(Candidate candidate, ReminderStage stage, long weeks, Long mentorId) {
        String key = "reminder." + stage.name();
        Texts repTexts = texts.forPerson(candidate.personId());
        outbox.queue(Mail.to(candidate.personId(), MailCategory.REMINDERS,
                repTexts.get(key + ".rep.subject", weeks), repTexts.get(key + ".rep.body", candidate.displayName(), weeks, candidate.silentSince())));
        if (mentorId != null) {
            Texts mentorTexts = texts.forPerson(mentorId);
            outbox.queue(Mail.to(mentorId, MailCategory.MENTEE_ACTIVITY,
                    mentorTexts.get(key + ".mentor.subject", candidate.displayName(), weeks),
                    mentorTexts.get(key + ".mentor.body", candidate.displayName(), weeks, candidate.silentSince(), links.to("/people/" + candidate.personId()) + "/reports"))
                    .replyTo(candidate.personId()));
        }
    }

}
