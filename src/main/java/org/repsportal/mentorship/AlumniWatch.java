package org.repsportal.mentorship;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.repsportal.notifications.Mail;
import org.repsportal.notifications.MailCategory;
import org.repsportal.notifications.Outbox;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.people.PersonSummary;
import org.repsportal.people.Role;
import org.repsportal.platform.ForbiddenException;
import org.repsportal.platform.IllegalTransitionException;
import org.repsportal.platform.NotFoundException;
import org.repsportal.platform.PortalLinks;
import org.repsportal.platform.RuleViolationException;
import org.repsportal.platform.Texts;
import org.repsportal.tasks.TaskWorkDone;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way to alumni, as a state machine per Rep: no report for {@code alumni-notice-after} → NOTICED (the Rep and
 * their mentor are told); the Rep may answer with activity elsewhere → ANSWERED, which the mentor confirms →
 * RESET (the silence counts from that day); no answer within {@code answer-window} and no report for
 * {@code alumni-after} → WITH_COUNCIL (a Council task lists them); the Council confirms → ALUMNI (mentorships
 * end, tasks close, reminders stop with the status); the Council may undo it within {@code alumni-undo-within}.
 * A new report ends the notice.
 */
@Service
@Transactional
public class AlumniWatch {

    enum State {
        NOTICED, ANSWERED, RESET, WITH_COUNCIL, ALUMNI, UNDONE
    }

    /** What one run did. */
    public record Run(int noticed, int toCouncil, int cleared) {
    }

    /** One Rep on the watch, as the pages show them. */
    public record Entry(long personId, String name, String state, LocalDate lastReportOn, LocalDate noticedOn,
                        String answer, String answerLinks, LocalDate alumniOn) {
    }

    private record Row(long personId, State state, LocalDate noticedOn, LocalDate resetOn, LocalDate alumniOn) {
    }

    private final JdbcClient jdbc;
    private final ObjectProvider<ReportActivity> activity;
    private final Mentorships mentorships;
    private final ReassignmentListeners council;
    private final People people;
    private final Outbox outbox;
    private final Texts texts;
    private final ApplicationEventPublisher events;
    private final MentorshipProperties properties;
    private final Clock clock;
    private final PortalLinks links;
    private final ProgramLeavers leavers;

    AlumniWatch(JdbcClient jdbc, ObjectProvider<ReportActivity> activity, Mentorships mentorships,
                ReassignmentListeners council, People people, Outbox outbox, Texts texts, ApplicationEventPublisher events,
                MentorshipProperties properties, Clock clock, PortalLinks links, ProgramLeavers leavers) {
        this.leavers = leavers;
        this.jdbc = jdbc;
        this.activity = activity;
        this.mentorships = mentorships;
        this.council = council;
        this.people = people;
        this.outbox = outbox;
        this.texts = texts;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.links = links;
    }

    /** The day's watch: new notices, notices cleared by a report, and those for the Council to confirm. */
    public Run watch(LocalDate today) {
        LocalDate noticeBefore = today.minus(properties.alumniNoticeAfter());
        LocalDate alumniBefore = today.minus(properties.alumniAfter());
        Map<Long, LocalDate> silent = activity.getIfAvailable(() -> before -> Map.of()).silentSince(noticeBefore);
        Map<Long, Row> rows = new HashMap<>();
        jdbc.sql("select person_id, state, noticed_on, reset_on, alumni_on from alumni_watch")
                .query((rs, n) -> rows.put(rs.getLong(1), new Row(rs.getLong(1), State.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class))))
                .list();
        var cleared = new ArrayList<Long>();
        for (Row row : rows.values()) {
            if (Set.of(State.NOTICED, State.ANSWERED, State.WITH_COUNCIL).contains(row.state()) && !silent.containsKey(row.personId())) {
                cleared.add(row.personId());
            }
        }
        if (!cleared.isEmpty()) {
            jdbc.sql("delete from alumni_watch where person_id = any(:ids)").param("ids", cleared.toArray(Long[]::new)).update();
        }
        var noticed = new ArrayList<Long>();
        var toCouncil = new ArrayList<Long>();
        for (var entry : silent.entrySet()) {
            Row row = rows.get(entry.getKey());
            LocalDate silentFrom = row != null && row.resetOn() != null && row.resetOn().isAfter(entry.getValue())
                    ? row.resetOn() : entry.getValue();
            if (row == null || row.state() == State.RESET || row.state() == State.UNDONE) {
                if (silentFrom.isBefore(noticeBefore)) {
                    noticed.add(entry.getKey());
                }
            } else if (row.state() == State.NOTICED && !row.noticedOn().isAfter(today.minusDays(properties.answerWindow().toDays()))
                    && silentFrom.isBefore(alumniBefore)) {
                toCouncil.add(entry.getKey());
            }
        }
        if (!noticed.isEmpty()) {
            jdbc.sql("""
                            insert into alumni_watch (person_id, state, last_report_on, noticed_on)
                            select id, 'NOTICED', cast(null as date), :today from unnest(cast(:ids as bigint[])) as id
                            on conflict (person_id) do update set state = 'NOTICED', noticed_on = :today, answer = null,
                                answer_links = null, answered_at = null, council_task_on = null""")
                    .param("today", today).param("ids", noticed.toArray(Long[]::new)).update();
            notify(noticed, silent);
        }
        if (!toCouncil.isEmpty()) {
            jdbc.sql("update alumni_watch set state = 'WITH_COUNCIL', council_task_on = :today where person_id = any(:ids)")
                    .param("today", today).param("ids", toCouncil.toArray(Long[]::new)).update();
            var names = people.summariesInOrder(toCouncil).stream().map(PersonSummary::displayName).toList();
            council.councilTask(org.repsportal.tasks.TaskTitle.of("alumni.task", toCouncil.size(), String.join(", ", names)), null,
                    "alumni:" + today);
        }
        return new Run(noticed.size(), toCouncil.size(), cleared.size());
    }

    private void notify(List<Long> noticed, Map<Long, LocalDate> silent) {
        Map<Long, Long> mentors = mentorships.currentMentorIds(noticed);
        var ids = new ArrayList<Long>(noticed);
        ids.addAll(mentors.values());
        Map<Long, PersonSummary> names = people.summaries(ids);
        Map<Long, Texts> in = texts.forPeople(ids);
        var mails = new ArrayList<Mail>();
        for (long id : noticed) {
            String name = names.get(id).displayName();
            mails.add(Mail.to(id, MailCategory.REMINDERS, in.get(id).get("alumni.notice.subject"),
                    in.get(id).get("alumni.notice.body", name, silent.get(id), properties.answerWindow().toDays(),
                            links.to("/mentorship/alumni"))));
            Long mentor = mentors.get(id);
            if (mentor != null) {
                mails.add(Mail.to(mentor, MailCategory.MENTORSHIP, in.get(mentor).get("alumni.notice.mentor.subject", name),
                        in.get(mentor).get("alumni.notice.mentor.body", name, silent.get(id), links.to("/mentorship/alumni"))));
            }
        }
        outbox.queueAll(mails);
    }

    /** The Rep answers the notice with their activity elsewhere (text and links); their mentor is asked to confirm. */
    public void answer(Actor actor, String text, String links) {
        if (text == null || text.isBlank()) {
            throw new RuleViolationException("alumni.answer.required");
        }
        int updated = jdbc.sql("""
                        update alumni_watch set state = 'ANSWERED', answer = :text, answer_links = :links, answered_at = :now
                        where person_id = :id and state = 'NOTICED'""")
                .param("text", text.strip()).param("links", links == null || links.isBlank() ? null : links.strip())
                .param("now", Timestamp.from(clock.instant())).param("id", actor.personId()).update();
        if (updated == 0) {
            throw new IllegalTransitionException("alumni.not-noticed");
        }
        mentorships.currentMentorOf(actor.personId()).ifPresent(mentor -> outbox.queue(Mail.to(mentor, MailCategory.MENTORSHIP,
                texts.forPerson(mentor).get("alumni.answered.subject", people.get(actor.personId()).getDisplayName()),
                texts.forPerson(mentor).get("alumni.answered.body", people.get(actor.personId()).getDisplayName(), text.strip(),
                        this.links.to("/mentorship/alumni")))));
    }

    /** The Rep's mentor confirms the activity elsewhere: the silence counts from today. */
    public void confirmActivity(Actor actor, long personId) {
        Long mentor = mentorships.currentMentorOf(personId).orElse(null);
        if (mentor == null || !actor.is(mentor)) {
            throw new NotFoundException("Person", personId);
        }
        int updated = jdbc.sql("update alumni_watch set state = 'RESET', reset_on = :today where person_id = :id and state = 'ANSWERED'")
                .param("today", LocalDate.now(clock)).param("id", personId).update();
        if (updated == 0) {
            throw new IllegalTransitionException("alumni.not-answered");
        }
    }

    /** The Council confirms: the Rep becomes alumni, their mentorships end, their tasks close. */
    public void confirmAlumni(Actor actor, long personId) {
        councilOnly(actor);
        LocalDate today = LocalDate.now(clock);
        int updated = jdbc.sql("""
                        update alumni_watch set state = 'ALUMNI', alumni_on = :today, decided_by = :by
                        where person_id = :id and state = 'WITH_COUNCIL'""")
                .param("today", today).param("by", actor.personId()).param("id", personId).update();
        if (updated == 0) {
            throw new IllegalTransitionException("alumni.not-with-council");
        }
        leavers.leave(personId, texts.get("alumni.endReason"));
        closeCouncilTaskIfDone();
    }

    /** The Council undoes a move to alumni, within the time allowed. */
    public void undo(Actor actor, long personId) {
        councilOnly(actor);
        LocalDate today = LocalDate.now(clock);
        int updated = jdbc.sql("""
                        update alumni_watch set state = 'UNDONE', reset_on = :today
                        where person_id = :id and state = 'ALUMNI' and alumni_on > :limit""")
                .param("today", today).param("id", personId).param("limit", today.minus(properties.alumniUndoWithin())).update();
        if (updated == 0) {
            throw new IllegalTransitionException("alumni.undo-too-late");
        }
        people.reactivate(personId);
    }

    private void closeCouncilTaskIfDone() {
        jdbc.sql("""
                        select distinct council_task_on from alumni_watch w where council_task_on is not null
                        and not exists (select 1 from alumni_watch o where o.council_task_on = w.council_task_on and o.state = 'WITH_COUNCIL')""")
                .query(LocalDate.class).list()
                .forEach(day -> events.publishEvent(new TaskWorkDone("alumni:" + day, "the Council decided on everyone listed")));
    }

    /** What the actor may see of the watch: their own notice, their mentees' answers, and for the Council everyone. */
    @Transactional(readOnly = true)
    public List<Entry> visibleTo(Actor actor) {
        List<Long> mentees = mentorships.currentMenteeIds(actor.personId());
        boolean council = actor.has(Role.COUNCIL);
        return jdbc.sql("""
                        select w.person_id, p.display_name, w.state, w.last_report_on, w.noticed_on, w.answer, w.answer_links, w.alumni_on
                        from alumni_watch w join people p on p.id = w.person_id
                        where w.state not in ('RESET', 'UNDONE')
                          and (:council or w.person_id = :me or w.person_id = any(:mentees))
                        order by w.state, w.noticed_on, p.id limit 500""")
                .param("council", council).param("me", actor.personId()).param("mentees", mentees.toArray(Long[]::new))
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class)))
                .list();
    }

    private static void councilOnly(Actor actor) {
        if (!actor.has(Role.COUNCIL)) {
            throw new ForbiddenException("policy.mentorship.council-decides");
        }
    }
}
