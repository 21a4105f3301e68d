package org.repsportal.checkins;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import org.repsportal.tasks.TaskTitle;
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
 * told once; after the configured number of missed cadences it joins its mentor's escalation to the Council,
 * one task per mentor listing all their overdue mentorships (see {@link CadenceEscalations}). Each run keeps
 * the escalations up: new overdue mentorships are added, those back on rhythm removed, and an escalation
 * listing nothing more closes its task; running it twice on a day changes nothing. The task goes to a Council
 * member other than the mentor (the other members watch it), so a Council member's own mentorships never
 * escalate to themselves. The watch pauses while either of them is away on a declared absence, and a cadence
 * during which one of them was away does not count as missed for the Council.
 */
@Service
public class CadenceWatch {

    private final CheckInQueries queries;
    private final MentorshipQueries mentorships;
    private final People people;
    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final CheckInsProperties properties;
    private final ApplicationEventPublisher events;
    private final Texts texts;
    private final ObjectProvider<Availability> availability;
    private final CadenceEscalations escalations;
    private final PortalLinks links;

    CadenceWatch(CheckInQueries queries, MentorshipQueries mentorships, People people, Outbox outbox, JdbcClient jdbc,
                 CheckInsProperties properties, ApplicationEventPublisher events, Texts texts,
                 ObjectProvider<Availability> availability, CadenceEscalations escalations, PortalLinks links) {
        this.availability = availability;
        this.queries = queries;
        this.mentorships = mentorships;
        this.people = people;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.properties = properties;
        this.events = events;
        this.texts = texts;
        this.escalations = escalations;
        this.links = links;
    }

    /** Looks at every current mentorship on the given day; returns how many are overdue. */
    @Transactional
    public int watch(LocalDate today) {
        foldTasksPerMentorship();
        List<MentorshipRhythm> late = queries.rhythms(mentorships.allCurrentAssignments(), today).stream()
                .filter(MentorshipRhythm::overdue).toList();
        var ids = new HashSet<Long>();
        late.forEach(r -> {
            ids.add(r.menteeId());
            ids.add(r.mentorId());
        });
        Availability absences = availability.getIfAvailable(() -> Availability.EVERYONE_AVAILABLE);
        Set<Long> awayToday = late.isEmpty() ? Set.of() : absences.awayOn(today, ids);
        Set<Long> awayThisCadence = late.isEmpty() ? Set.of()
                : absences.awayDuring(today.minusDays(properties.cadence().toDays()), today, ids);
        Map<Long, PersonSummary> names = late.isEmpty() ? Map.of() : people.summaries(ids);
        Map<String, Listed> listed = listed();
        Map<String, Dismissal> dismissals = late.isEmpty() ? Map.of() : dismissals();
        List<PersonSummary> council = people.activeWithRole(Role.COUNCIL);
        var kept = new HashSet<String>();
        var escalate = new LinkedHashMap<Long, List<MentorshipRhythm>>();
        int overdue = 0;
        for (MentorshipRhythm rhythm : late) {
            String key = key(rhythm.mentorId(), rhythm.menteeId());
            if (awayToday.contains(rhythm.menteeId()) || awayToday.contains(rhythm.mentorId())) {
                if (listed.containsKey(key)) {
                    kept.add(key);
                }
                continue;
            }
            overdue++;
            String mentee = names.get(rhythm.menteeId()).displayName();
            if (firstNotice(rhythm, today)) {
                Texts in = texts.forPerson(rhythm.mentorId());
                outbox.queue(Mail.to(rhythm.mentorId(), MailCategory.MENTORSHIP,
                        in.get("checkin.overdue.mail.subject", mentee),
                        in.get("checkin.overdue.mail.body", mentee, rhythm.dueOn(), links.to("/checkins/new?mentee=" + rhythm.menteeId()))));
            }
            if (rhythm.missedCadences() < properties.councilAfterMissed()) {
                continue;
            }
            Dismissal dismissal = dismissals.get(key);
            if (dismissal != null && dismissal.dueOn().equals(rhythm.dueOn()) && rhythm.missedCadences() <= dismissal.missed()) {
                continue;
            }
            boolean absenceThisCadence = awayThisCadence.contains(rhythm.menteeId()) || awayThisCadence.contains(rhythm.mentorId());
            if (absenceThisCadence && !listed.containsKey(key)) {
                continue;
            }
            if (council.stream().noneMatch(c -> c.id() != rhythm.mentorId())) {
                continue;
            }
            kept.add(key);
            escalate.computeIfAbsent(rhythm.mentorId(), m -> new ArrayList<>()).add(rhythm);
        }
        escalate.forEach((mentorId, rhythms) -> {
            openEscalation(mentorId, names.get(mentorId).displayName(), council, today);
            for (MentorshipRhythm r : rhythms) {
                jdbc.sql("""
                                insert into cadence_escalated (mentor_id, mentee_id, due_on, last_held_on, missed, added_on)
                                values (?, ?, ?, ?, ?, ?)
                                on conflict (mentor_id, mentee_id) do update set due_on = excluded.due_on,
                                    last_held_on = excluded.last_held_on, missed = excluded.missed""")
                        .params(mentorId, r.menteeId(), r.dueOn(), r.lastHeldOn(), r.missedCadences(), today).update();
            }
        });
        listed.forEach((key, l) -> {
            if (!kept.contains(key)) {
                escalations.remove(l.mentorId(), l.menteeId(), texts.get("checkin.escalation.closed.onRhythm"));
            }
        });
        return overdue;
    }

    /** The Council's task for the mentor's escalation, opened once while it stays open. */
    private void openEscalation(long mentorId, String mentorName, List<PersonSummary> council, LocalDate today) {
        String ref = "cadence-escalation:" + mentorId + ":" + today;
        boolean opened = jdbc.sql("""
                        insert into cadence_escalations (mentor_id, source_ref, opened_on) values (?, ?, ?)
                        on conflict do nothing""")
                .params(mentorId, ref, today).update() == 1;
        if (!opened) {
            return;
        }
        List<PersonSummary> others = council.stream().filter(c -> c.id() != mentorId).toList();
        PersonSummary duty = others.get((int) (mentorId % others.size()));
        var watchers = new HashSet<Long>();
        others.forEach(c -> watchers.add(c.id()));
        watchers.remove(duty.id());
        events.publishEvent(new TaskRequested(TaskType.CHECK_IN_DUE, TaskTitle.of("checkin.escalation.task", mentorName),
                mentorId, duty.id(), TaskPriority.MAJOR, today.plusDays(7), ref, watchers));
    }

    private record Listed(long mentorId, long menteeId) {
    }

    private record Dismissal(LocalDate dueOn, int missed) {
    }

    private Map<String, Listed> listed() {
        Map<String, Listed> result = new HashMap<>();
        jdbc.sql("select mentor_id, mentee_id from cadence_escalated").query((java.sql.ResultSet rs) -> {
            result.put(key(rs.getLong(1), rs.getLong(2)), new Listed(rs.getLong(1), rs.getLong(2)));
        });
        return result;
    }

    private Map<String, Dismissal> dismissals() {
        Map<String, Dismissal> result = new HashMap<>();
        jdbc.sql("select mentor_id, mentee_id, due_on, missed from cadence_dismissals").query((java.sql.ResultSet rs) -> {
            result.put(key(rs.getLong(1), rs.getLong(2)), new Dismissal(rs.getObject(3, LocalDate.class), rs.getInt(4)));
        });
        return result;
    }

    private static String key(long mentorId, long menteeId) {
        return mentorId + ":" + menteeId;
    }

    /** Council tasks opened per mentorship before escalations were kept per mentor close: the escalation lists them now. */
    private void foldTasksPerMentorship() {
        jdbc.sql("""
                        update checkin_watch set council_task_on = null where council_task_on is not null
                        returning mentor_id, mentee_id, due_on""")
                .query((rs, n) -> sourceRef(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class))).list()
                .forEach(ref -> events.publishEvent(new TaskWorkDone(ref, texts.get("checkin.escalation.closed.folded"))));
    }

    /** Meeting again takes the mentorship out of its mentor's escalation. */
    @ApplicationModuleListener
    void on(CheckInHeld held) {
        escalations.remove(held.mentorId(), held.menteeId(), texts.get("checkin.escalation.closed.met", held.heldOn()));
    }

    private boolean firstNotice(MentorshipRhythm rhythm, LocalDate today) {
        return jdbc.sql("""
                        insert into checkin_watch (mentee_id, mentor_id, due_on, mentor_told_on) values (?, ?, ?, ?)
                        on conflict do nothing""")
                .params(rhythm.menteeId(), rhythm.mentorId(), rhythm.dueOn(), today).update() == 1;
    }

    private static String sourceRef(long mentorId, long menteeId, LocalDate due) {
        return "cadence:" + mentorId + ":" + menteeId + ":" + due;
    }

}
