package org.repsportal.mentorship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.repsportal.notifications.Mail;
import org.repsportal.notifications.MailCategory;
import org.repsportal.notifications.Outbox;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.people.Role;
import org.repsportal.platform.ForbiddenException;
import org.repsportal.platform.NotFoundException;
import org.repsportal.platform.PortalLinks;
import org.repsportal.platform.Texts;
import org.repsportal.tasks.TasksHandedOver;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interim mentors: their handover note, the end of an absence that ends them early, the hand-back of the
 * moved tasks to the permanent mentor once they ended, and the Council making one permanent.
 */
@Service
@Transactional
class Interims {

    private final MentorAssignmentRepository assignments;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final People people;
    private final Outbox outbox;
    private final Texts texts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PortalLinks links;

    Interims(MentorAssignmentRepository assignments, org.springframework.jdbc.core.simple.JdbcClient jdbc, People people,
             Outbox outbox, Texts texts, ApplicationEventPublisher events, Clock clock,
             PortalLinks links) {
        this.assignments = assignments;
        this.jdbc = jdbc;
        this.people = people;
        this.outbox = outbox;
        this.texts = texts;
        this.events = events;
        this.clock = clock;
        this.links = links;
    }

    /** The interim mentor leaves a note for the permanent one, shown when the mentee is handed back; returns the mentee. */
    public long writeHandoverNote(Actor actor, long assignmentId, String note) {
        MentorAssignment interim = assignments.findById(assignmentId).filter(a -> a.getKind() == AssignmentKind.INTERIM)
                .orElseThrow(() -> new NotFoundException("Assignment", assignmentId));
        if (!actor.is(interim.getMentorId())) {
            throw new NotFoundException("Assignment", assignmentId);
        }
        interim.writeHandoverNote(note == null || note.isBlank() ? null : note.strip());
        assignments.save(interim);
        return interim.getMenteeId();
    }

    /**
     * The Council makes a current interim assignment permanent: the former permanent mentor's assignment ends.
     * One made permanent already (or any other assignment that is not a current interim) is refused as a conflict.
     * Returns the mentee.
     */
    public long makePermanent(Actor actor, long assignmentId) {
        if (!actor.has(Role.COUNCIL)) {
            throw new ForbiddenException("policy.mentorship.council-decides");
        }
        LocalDate today = LocalDate.now(clock);
        MentorAssignment interim = assignments.findById(assignmentId)
                .orElseThrow(() -> new NotFoundException("Assignment", assignmentId));
        if (interim.getKind() != AssignmentKind.INTERIM || !interim.isCurrentOn(today)) {
            throw new org.repsportal.platform.IllegalTransitionException("mentorship.interim.not-current");
        }
        Long previous = assignments.findOpenPermanentOf(interim.getMenteeId()).map(permanent -> {
            permanent.end(today, texts.get("mentorship.interim.madePermanent.reason"));
            assignments.saveAndFlush(permanent);
            return permanent.getMentorId();
        }).orElse(null);
        MentorAssigned assigned = interim.makePermanent(today, previous);
        interim.handedBack(today);
        assignments.saveAndFlush(interim);
        events.publishEvent(assigned);
        return interim.getMenteeId();
    }

    /**
     * The absence the mentee's newest interim assignment covers, if every mentee the absent (permanent) mentor
     * has now has an interim mentor for it; otherwise empty. One statement.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> absenceFullyCovered(long menteeId) {
        return jdbc.sql("""
                        select i.absence_id from mentor_assignments i
                        join mentor_assignments p on p.mentee_id = i.mentee_id and p.kind = 'PERMANENT' and p.ended_on is null
                        where i.mentee_id = :mentee and i.kind = 'INTERIM' and i.absence_id is not null
                          and not exists (select 1 from mentor_assignments o
                                          where o.mentor_id = p.mentor_id and o.kind = 'PERMANENT' and o.ended_on is null
                                            and not exists (select 1 from mentor_assignments c where c.mentee_id = o.mentee_id
                                                            and c.kind = 'INTERIM' and c.absence_id = i.absence_id))
                        order by i.id desc limit 1""")
                .param("mentee", menteeId).query(Long.class).optional();
    }

    /** Those of the given mentees who have no interim mentor for the absence yet; one statement. */
    @Transactional(readOnly = true)
    public List<Long> withoutInterimFor(long absenceId, List<Long> menteeIds) {
        if (menteeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select m.id from unnest(cast(:ids as bigint[])) with ordinality as m(id, n)
                        where not exists (select 1 from mentor_assignments i where i.mentee_id = m.id and i.kind = 'INTERIM'
                                          and i.absence_id = :absence)
                        order by m.n""")
                .param("ids", menteeIds.toArray(Long[]::new)).param("absence", absenceId).query(Long.class).list();
    }

    /** The absence ended early: the interim assignments made for it end on that day. */
    public void absenceEnded(long absenceId, LocalDate endedOn) {
        for (MentorAssignment interim : assignments.findInterimsFor(absenceId)) {
            if (interim.getHandedBackOn() == null) {
                interim.endInterimOn(endedOn);
                assignments.save(interim);
            }
        }
    }

    /**
     * The absence moved: interim assignments for it that have not ended (those not begun yet too) follow its new
     * days, a shorter absence or a longer one.
     */
    public void absenceChanged(long absenceId, LocalDate firstDay, LocalDate lastDay) {
        LocalDate today = LocalDate.now(clock);
        for (MentorAssignment interim : assignments.findInterimsFor(absenceId)) {
            if (interim.getHandedBackOn() == null && interim.getEndedOn() != null && interim.getEndedOn().isAfter(today)) {
                interim.followAbsence(firstDay, lastDay, today);
                assignments.save(interim);
            }
        }
    }

    /**
     * Hands back the mentees of interim assignments that ended by the given day: the tasks moved to the interim
     * return to the permanent mentor, who gets the interim's handover note. Returns how many were handed back.
     */
    public int handBack(LocalDate today) {
        List<MentorAssignment> ended = assignments.findInterimsEndedNotHandedBack(today);
        if (ended.isEmpty()) {
            return 0;
        }
        var ids = new ArrayList<Long>();
        ended.forEach(a -> {
            ids.add(a.getMenteeId());
            ids.add(a.getMentorId());
        });
        var names = people.summaries(ids);
        var handedBack = new ArrayList<MentorAssignment>();
        var backTo = new ArrayList<Long>();
        for (MentorAssignment interim : ended) {
            interim.handedBack(today);
            assignments.save(interim);
            var permanent = assignments.findOpenPermanentOf(interim.getMenteeId());
            if (permanent.isEmpty()) {
                continue;
            }
            long back = permanent.get().getMentorId();
            events.publishEvent(new TasksHandedOver(interim.getMenteeId(), interim.getMentorId(), back,
                    texts.get("mentorship.interim.handedBack.task")));
            events.publishEvent(new MenteeHandedBack(interim.getMenteeId(), interim.getMentorId(), back, today));
            handedBack.add(interim);
            backTo.add(back);
        }
        Map<Long, Texts> in = texts.forPeople(backTo);
        var mails = new ArrayList<Mail>();
        for (int i = 0; i < handedBack.size(); i++) {
            MentorAssignment interim = handedBack.get(i);
            long back = backTo.get(i);
            Texts texts = in.get(back);
            String mentee = names.get(interim.getMenteeId()).displayName();
            String note = interim.getHandoverNote() == null ? texts.get("mentorship.interim.noNote") : interim.getHandoverNote();
            mails.add(Mail.to(back, MailCategory.MENTORSHIP, texts.get("mentorship.interim.back.subject", mentee),
                    texts.get("mentorship.interim.back.body", mentee, names.get(interim.getMentorId()).displayName(), note,
                            links.to("/people/" + interim.getMenteeId() + "/mentor"))));
        }
        outbox.queueAll(mails);
        return ended.size();
    }
}
