package org.repsportal.availability;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.repsportal.notifications.Mail;
import org.repsportal.notifications.MailCategory;
import org.repsportal.notifications.Outbox;
import org.repsportal.people.MentorRelations;
import org.repsportal.platform.PortalLinks;
import org.repsportal.platform.Texts;
import org.repsportal.tasks.Tasks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily watch over absences: on the last day away, a reminder to the person and their mentor that they
 * are back tomorrow; while someone is away, their delegate covers their open tasks, which go back to them
 * when the absence ends. Declaring, changing or ending an absence moves the tasks at once too, in the same
 * transaction, so the tasks are never with someone away.
 */
@Service
class AbsenceWatch {

    private record ReturnDue(long personId, String name, LocalDate lastDay) {
    }

    private final AbsenceRepository absences;
    private final JdbcClient jdbc;
    private final Tasks tasks;
    private final ObjectProvider<MentorRelations> mentors;
    private final Outbox outbox;
    private final Texts texts;
    private final Clock clock;
    private final PortalLinks links;

    AbsenceWatch(AbsenceRepository absences, JdbcClient jdbc, Tasks tasks,
                 ObjectProvider<MentorRelations> mentors, Outbox outbox, Texts texts, Clock clock,
                 PortalLinks links) {
        this.absences = absences;
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.mentors = mentors;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
        this.links = links;
    }

    /** Everything due on the given day; returns how many people were reminded of their return. */
    @Transactional
    public int watch(LocalDate today) {
        int reminded = remindReturns(today);
        jdbc.sql("""
                        select a.id from absences a
                        where a.tasks_covered_by is not null
                           or (a.state = 'DECLARED' and a.delegate_id is not null and a.starts_on <= :today and a.ends_on >= :today)
                        order by a.id""")
                .param("today", today).query(Long.class).list()
                .forEach(id -> absences.findById(id).ifPresent(absence -> cover(absence, today)));
        return reminded;
    }

    @EventListener
    void on(AbsenceDeclared declared) {
        coverNow(declared.absenceId());
    }

    @EventListener
    void on(AbsenceEnded ended) {
        coverNow(ended.absenceId());
    }

    private void coverNow(long absenceId) {
        absences.findById(absenceId).ifPresent(absence -> cover(absence, LocalDate.now(clock)));
    }

    /** The delegate covers the person's tasks while they are away; otherwise the tasks are theirs again. */
    private void cover(Absence absence, LocalDate today) {
        Long coverer = absence.isAwayOn(today) ? absence.getDelegateId() : null;
        Long covered = absence.getTasksCoveredBy();
        if (covered != null && !covered.equals(coverer)) {
            tasks.handBackAfterAbsence(absence.getPersonId());
        }
        if (coverer != null) {
            tasks.coverWhileAway(absence.getPersonId(), coverer);
        }
        if (!Objects.equals(covered, coverer)) {
            absence.setTasksCoveredBy(coverer);
            absences.save(absence);
        }
    }

    /** Those whose last day away is today, each reminded once; their mentor hears of it too. */
    private int remindReturns(LocalDate today) {
        List<ReturnDue> due = jdbc.sql("""
                        update absences a set return_reminded_on = :today from people p
                        where p.id = a.person_id and a.state = 'DECLARED' and a.ends_on = :today and a.return_reminded_on is null
                        returning a.person_id, p.display_name, a.ends_on""")
                .param("today", today)
                .query((rs, n) -> new ReturnDue(rs.getLong("person_id"), rs.getString("display_name"),
                        rs.getObject("ends_on", LocalDate.class)))
                .list();
        if (due.isEmpty()) {
            return 0;
        }
        Map<Long, Long> mentorOf = mentors.getIfAvailable(() -> MentorRelations.NONE)
                .currentMentorIds(due.stream().map(ReturnDue::personId).toList());
        var mails = new ArrayList<Mail>();
        var recipients = new java.util.LinkedHashSet<Long>(mentorOf.values());
        due.forEach(d -> recipients.add(d.personId()));
        Map<Long, Texts> in = texts.forPeople(recipients);
        for (ReturnDue person : due) {
            LocalDate back = person.lastDay().plusDays(1);
            mails.add(Mail.to(person.personId(), MailCategory.REMINDERS, in.get(person.personId()).get("absence.return.mail.subject", back),
                    in.get(person.personId()).get("absence.return.mail.body", person.name(), back, links.to("/dashboard"))));
            Long mentor = mentorOf.get(person.personId());
            if (mentor != null) {
                mails.add(Mail.to(mentor, MailCategory.MENTORSHIP, in.get(mentor).get("absence.return.mentor.subject", person.name(), back),
                        in.get(mentor).get("absence.return.mentor.body", person.name(), back, links.to("/people/" + person.personId())))
                        .replyTo(person.personId()));
            }
        }
        outbox.queueAll(mails);
        return due.size();
    }
}
