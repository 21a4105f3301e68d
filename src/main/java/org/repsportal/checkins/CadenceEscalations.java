package org.repsportal.checkins;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.repsportal.notifications.Mail;
import org.repsportal.notifications.MailCategory;
import org.repsportal.notifications.Outbox;
import org.repsportal.people.Actor;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.PortalLinks;
import org.repsportal.platform.Texts;
import org.repsportal.tasks.TaskWorkDone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Council's escalations of slipping check-ins, one per mentor (kept up by {@link CadenceWatch}): what each
 * lists, and what the Council does with it: nudge the mentor (a mail, once a day at most), or dismiss one
 * mentorship with a reason (not escalated again until one more cadence is missed). Reassigning a mentee happens
 * on the mentorship module's page. A Council member never acts on an escalation of their own mentorships, and
 * never sees it in their queue.
 */
@Service
@Transactional
class CadenceEscalations {

    static final int MAX_REASON_LENGTH = 500;

    /** A mentorship listed in an escalation: dates and counts only, never goals or notes. */
    record Listed(long menteeId, String menteeName, LocalDate lastHeldOn, LocalDate dueOn, int missed) {
    }

    /** A mentor's open escalation and the mentorships it lists. */
    record Escalation(long mentorId, String mentorName, LocalDate openedOn, LocalDate lastNudgedOn, List<Listed> mentorships) {

        public boolean nudgedOn(LocalDate day) {
            return day.equals(lastNudgedOn);
        }
    }

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;
    private final Texts texts;
    private final Clock clock;
    private final PortalLinks links;

    CadenceEscalations(JdbcClient jdbc, Outbox outbox, ApplicationEventPublisher events, Texts texts, Clock clock,
                       PortalLinks links) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.events = events;
        this.texts = texts;
        this.clock = clock;
        this.links = links;
    }

    /** The open escalations the actor works on (never those of their own mentorships), oldest first: one statement. */
    @Transactional(readOnly = true)
    public List<Escalation> open(Actor actor) {
        CheckInAccessPolicy.mayOverview(actor).orForbid();
        return read("e.mentor_id <> :actor", Map.of("actor", actor.personId()));
    }

    /** One mentor's open escalation, if there is one: one statement. */
    @Transactional(readOnly = true)
    public java.util.Optional<Escalation> of(Actor actor, long mentorId) {
        CheckInAccessPolicy.mayActOnEscalation(actor, mentorId).orForbid();
        return read("e.mentor_id = :mentor", Map.of("mentor", mentorId)).stream().findFirst();
    }

    private List<Escalation> read(String where, Map<String, Object> params) {
        Map<Long, Escalation> result = new LinkedHashMap<>();
        jdbc.sql("""
                        select e.mentor_id, m.display_name as mentor_name, e.opened_on, e.last_nudged_on,
                               c.mentee_id, p.display_name as mentee_name, c.last_held_on, c.due_on, c.missed
                        from cadence_escalations e
                        join people m on m.id = e.mentor_id
                        join cadence_escalated c on c.mentor_id = e.mentor_id
                        join people p on p.id = c.mentee_id
                        where %s
                        order by e.opened_on, e.mentor_id, c.due_on, c.mentee_id""".formatted(where))
                .params(params)
                .query((ResultSet rs) -> {
                    long mentorId = rs.getLong("mentor_id");
                    result.computeIfAbsent(mentorId, id -> {
                        try {
                            return new Escalation(id, rs.getString("mentor_name"), rs.getObject("opened_on", LocalDate.class),
                                    rs.getObject("last_nudged_on", LocalDate.class), new ArrayList<>());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    }).mentorships().add(new Listed(rs.getLong("mentee_id"), rs.getString("mentee_name"),
                            rs.getObject("last_held_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                            rs.getInt("missed")));
                });
        return List.copyOf(result.values());
    }

    /**
     * Mails the mentor about their slipping check-ins, through the outbox, once a day at most. Returns whether a
     * mail went out now (false: the mentor has no open escalation, or was nudged today already).
     */
    public boolean nudge(Actor actor, long mentorId) {
        CheckInAccessPolicy.mayActOnEscalation(actor, mentorId).orForbid();
        LocalDate today = LocalDate.now(clock);
        boolean first = jdbc.sql("""
                        update cadence_escalations set last_nudged_on = :today
                        where mentor_id = :mentor and (last_nudged_on is null or last_nudged_on < :today)""")
                .param("today", today).param("mentor", mentorId).update() == 1;
        if (!first) {
            return false;
        }
        Escalation escalation = read("e.mentor_id = :mentor", Map.of("mentor", mentorId)).get(0);
        Texts texts = this.texts.forPerson(mentorId);
        String list = escalation.mentorships().stream()
                .map(l -> texts.get("checkin.escalation.nudge.mail.line", l.menteeName(),
                        l.lastHeldOn() == null ? texts.get("checkin.overdue.never") : l.lastHeldOn(), l.missed()))
                .collect(Collectors.joining("\n"));
        outbox.queue(Mail.to(mentorId, MailCategory.MENTORSHIP, texts.get("checkin.escalation.nudge.mail.subject"),
                texts.get("checkin.escalation.nudge.mail.body", list, links.to("/checkins/new"))).replyTo(actor.personId()));
        return true;
    }

    /**
     * Takes one mentorship out of its mentor's escalation, for the given reason (required); the escalation's task
     * closes when it lists nothing more. Returns false when the mentorship was not listed.
     *
     * @throws InvalidInputException on the field {@code reason}: blank or longer than {@value #MAX_REASON_LENGTH}
     */
    public boolean dismiss(Actor actor, long mentorId, long menteeId, String reason) {
        CheckInAccessPolicy.mayActOnEscalation(actor, mentorId).orForbid();
        String clean = reason == null ? "" : reason.replaceAll("[\\p{Cntrl}]", " ").strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldProblem("reason", "checkin.escalation.reason.required")));
        }
        if (clean.length() > MAX_REASON_LENGTH) {
            throw new InvalidInputException(List.of(new FieldProblem("reason", "checkin.escalation.reason.long")));
        }
        int dismissed = jdbc.sql("""
                        insert into cadence_dismissals (mentor_id, mentee_id, due_on, missed, reason, dismissed_by, dismissed_at)
                        select mentor_id, mentee_id, due_on, missed, :reason, :by, :at from cadence_escalated
                        where mentor_id = :mentor and mentee_id = :mentee
                        on conflict (mentor_id, mentee_id) do update set due_on = excluded.due_on, missed = excluded.missed,
                            reason = excluded.reason, dismissed_by = excluded.dismissed_by, dismissed_at = excluded.dismissed_at""")
                .param("reason", clean).param("by", actor.personId()).param("at", java.sql.Timestamp.from(clock.instant()))
                .param("mentor", mentorId).param("mentee", menteeId).update();
        if (dismissed == 0) {
            return false;
        }
        remove(mentorId, menteeId, texts.get("checkin.escalation.closed.dismissed", clean));
        return true;
    }

    /** Takes a mentorship out of its mentor's escalation; closes the escalation and its task when nothing is left. */
    void remove(long mentorId, long menteeId, String resolution) {
        jdbc.sql("delete from cadence_escalated where mentor_id = ? and mentee_id = ?").params(mentorId, menteeId).update();
        closeIfEmpty(mentorId, resolution);
    }

    /** Closes the mentor's escalation and its task if it lists no mentorship any more. */
    void closeIfEmpty(long mentorId, String resolution) {
        jdbc.sql("""
                        delete from cadence_escalations e where e.mentor_id = ?
                        and not exists (select 1 from cadence_escalated c where c.mentor_id = e.mentor_id)
                        returning source_ref""")
                .param(mentorId).query(String.class).list()
                .forEach(ref -> events.publishEvent(new TaskWorkDone(ref, resolution)));
    }
}
