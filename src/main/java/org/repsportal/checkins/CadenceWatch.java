package org.repsportal.checkins;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.repsportal.mentorship.MentorshipQueries;
import org.repsportal.notifications.Mail;
import org.repsportal.notifications.MailCategory;
import org.repsportal.notifications.Outbox;
import org.repsportal.people.Availability;
import org.repsportal.people.People;
import org.repsportal.people.PersonSummary;
import org.repsportal.people.Role;
import org.repsportal.platform.PortalLinks;
import org.repsportal.tasks.TaskPriority;
import org.repsportal.tasks.TaskRequested;
import org.repsportal.tasks.TaskType;
import org.repsportal.tasks.TaskWorkDone;
import org.repsportal.platform.Texts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily watch over check-in cadences: a mentorship whose check-in is overdue is flagged and its mentor
 * told once; after the configured number of missed cadences the Council gets a task, closed again when
 * the mentor and mentee meet. The watch pauses while either of them is away on a declared absence, and a
 * cadence during which one of them was away does not count as missed for the Council.
 */
@Service
class CadenceWatch {

    private final CheckInQueries queries;
    private final MentorshipQueries mentorships;
    private final People people;
    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final CheckInsProperties properties;
    private final ApplicationEventPublisher events;
    private final Texts texts;
    private final ObjectProvider<Availability> availability;
    private final PortalLinks links;

    CadenceWatch(CheckInQueries queries, MentorshipQueries mentorships, People people, Outbox outbox, JdbcClient jdbc,
                 CheckInsProperties properties, ApplicationEventPublisher events, Texts texts,
                 ObjectProvider<Availability> availability, PortalLinks links) {
        this.availability = availability;
        this.queries = queries;
        this.mentorships = mentorships;
        this.people = people;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.properties = properties;
        this.events = events;
        this.texts = texts;
        this.links = links;
    }

    /** Looks at every current mentorship on the given day; returns how many are overdue. */
    @Transactional
    public int watch(LocalDate today) {
        List<MentorshipRhythm> late = queries.rhythms(mentorships.allCurrentAssignments(), today).stream()
                .filter(MentorshipRhythm::overdue).toList();
        if (late.isEmpty()) {
            return 0;
        }
        var ids = new HashSet<Long>();
        late.forEach(r -> {
            ids.add(r.menteeId());
            ids.add(r.mentorId());
        });
        Availability absences = availability.getIfAvailable(() -> Availability.EVERYONE_AVAILABLE);
        Set<Long> awayToday = absences.awayOn(today, ids);
        Set<Long> awayThisCadence = absences.awayDuring(today.minusDays(properties.cadence().toDays()), today, ids);
        List<MentorshipRhythm> overdue = late.stream()
                .filter(r -> !awayToday.contains(r.menteeId()) && !awayToday.contains(r.mentorId())).toList();
        if (overdue.isEmpty()) {
            return 0;
        }
        Map<Long, PersonSummary> names = people.summaries(ids);
        List<PersonSummary> council = people.activeWithRole(Role.COUNCIL);
        for (MentorshipRhythm rhythm : overdue) {
            String mentee = names.get(rhythm.menteeId()).displayName();
            if (firstNotice(rhythm, today)) {
                Texts in = texts.forPerson(rhythm.mentorId());
                outbox.queue(Mail.to(rhythm.mentorId(), MailCategory.MENTORSHIP,
                        in.get("checkin.overdue.mail.subject", mentee),
                        in.get("checkin.overdue.mail.body", mentee, rhythm.dueOn(), links.to("/checkins/new?mentee=" + rhythm.menteeId()))));
            }
            boolean absenceThisCadence = awayThisCadence.contains(rhythm.menteeId()) || awayThisCadence.contains(rhythm.mentorId());
            if (rhythm.missedCadences() >= properties.councilAfterMissed() && !absenceThisCadence && !council.isEmpty()
                    && councilNotYetTold(rhythm, today)) {
                PersonSummary duty = council.get((int) (rhythm.menteeId() % council.size()));
                var watchers = new HashSet<Long>();
                council.forEach(c -> watchers.add(c.id()));
                watchers.remove(duty.id());
                events.publishEvent(new TaskRequested(TaskType.CHECK_IN_DUE,
                        texts.get("checkin.overdue.task", mentee, names.get(rhythm.mentorId()).displayName(), rhythm.missedCadences()),
                        rhythm.menteeId(), duty.id(), TaskPriority.MAJOR, today.plusDays(7), sourceRef(rhythm), watchers));
            }
        }
        return overdue.size();
    }

    /** Meeting again closes the Council's tasks about this mentorship. */
    @ApplicationModuleListener
    void on(CheckInHeld held) {
        jdbc.sql("select due_on from checkin_watch where mentor_id = ? and mentee_id = ? and council_task_on is not null")
                .param(held.mentorId()).param(held.menteeId()).query(LocalDate.class).list()
                .forEach(due -> events.publishEvent(new TaskWorkDone(sourceRef(held.mentorId(), held.menteeId(), due),
                        "the mentor and mentee met on " + held.heldOn())));
    }

    private boolean firstNotice(MentorshipRhythm rhythm, LocalDate today) {
        return jdbc.sql("""
                        insert into checkin_watch (mentee_id, mentor_id, due_on, mentor_told_on) values (?, ?, ?, ?)
                        on conflict do nothing""")
                .params(rhythm.menteeId(), rhythm.mentorId(), rhythm.dueOn(), today).update() == 1;
    }

    private boolean councilNotYetTold(MentorshipRhythm rhythm, LocalDate today) {
        return jdbc.sql("""
                        update checkin_watch set council_task_on = ?
                        where mentee_id = ? and mentor_id = ? and due_on = ? and council_task_on is null""")
                .params(today, rhythm.menteeId(), rhythm.mentorId(), rhythm.dueOn()).update() == 1;
    }

    private static String sourceRef(MentorshipRhythm rhythm) {
        return sourceRef(rhythm.mentorId(), rhythm.menteeId(), rhythm.dueOn());
    }

    private static String sourceRef(long mentorId, long menteeId, LocalDate due) {
        return "cadence:" + mentorId + ":" + menteeId + ":" + due;
    }

}
