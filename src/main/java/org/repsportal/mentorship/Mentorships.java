package org.repsportal.mentorship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.repsportal.people.Actor;
import org.repsportal.people.MentorRelations;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.platform.Decision;
import org.repsportal.platform.RuleViolationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mentorship module's entry point: assigning mentors and reading who mentors whom. On any day the
 * current mentor is the interim one covering that day, if any, otherwise the permanent one.
 */
@Service
@Transactional(readOnly = true)
public class Mentorships implements MentorRelations {

    /** How many mentees one statement asks about at most, well below the 65 535 parameters a statement may carry. */
    static final int MENTEES_PER_STATEMENT = 10_000;

    private final MentorAssignmentRepository assignments;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectProvider<MentorReadiness> readiness;
    private final MentorshipQueries queries;
    private final MentorshipProperties properties;
    private final JdbcClient jdbc;

    Mentorships(MentorAssignmentRepository assignments, People people, ApplicationEventPublisher events, Clock clock,
                ObjectProvider<MentorReadiness> readiness, MentorshipQueries queries, MentorshipProperties properties,
                JdbcClient jdbc) {
        this.assignments = assignments;
        this.people = people;
        this.events = events;
        this.clock = clock;
        this.readiness = readiness;
        this.queries = queries;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    /**
     * Gives the mentee a mentor. A permanent assignment ends the current one today (an interim one too); an
     * interim one covers the permanent one until its last day. Assigning the current mentor again changes
     * nothing. A mentor who is not ready for new mentees, or has no place left, is refused unless a Council
     * member overrides it with a reason, which the assignment keeps.
     */
    @Transactional
    public MentorAssignment assign(Actor actor, AssignMentor request) {
        MentorAssignmentPolicy.mayAssign(actor).orForbid();
        return assignChecked(actor, request, false);
    }

    MentorAssignment assignChecked(Actor actor, AssignMentor request) {
        return assignChecked(actor, request, false);
    }

    /**
     * The same for an interim mentor who covers from a later day (an absence that has not begun): the current
     * mentor guides the mentee until then.
     */
    @Transactional
    MentorAssignment assignInterimFrom(Actor actor, AssignMentor request, LocalDate firstDay) {
        MentorAssignmentPolicy.mayAssign(actor).orForbid();
        return assignChecked(actor, request, false, firstDay);
    }

    private MentorAssignment assignChecked(Actor actor, AssignMentor request, boolean welcomed) {
        return assignChecked(actor, request, welcomed, null);
    }

    private MentorAssignment assignChecked(Actor actor, AssignMentor request, boolean welcomed, LocalDate firstDay) {
        Person mentee = people.get(request.menteeId());
        Person mentor = people.find(request.mentorId())
                .orElseThrow(() -> new RuleViolationException("policy.mentorship.not-a-mentor"));
        LocalDate today = today();
        Long mentorsMentor = assignments.findCurrentOf(mentor.getId(), today).map(MentorAssignment::getMentorId).orElse(null);
        MentorAssignmentPolicy.canMentor(mentor, mentee, mentorsMentor).orReject();

        Optional<MentorAssignment> current = assignments.findCurrentOf(mentee.getId(), today);
        if (current.isPresent() && current.get().getMentorId() == mentor.getId()
                && current.get().getKind() == request.kind()) {
            return current.get();
        }
        LocalDate starts = request.kind() == AssignmentKind.INTERIM && firstDay != null && firstDay.isAfter(today)
                ? firstDay : today;
        if (request.kind() == AssignmentKind.INTERIM
                && (request.interimLastDay() == null || request.interimLastDay().isBefore(starts))) {
            throw new RuleViolationException("policy.mentorship.interim-needs-end");
        }
        Decision ready = readiness().readyForNewMentees(mentor.getId());
        MentorAssignmentPolicy.readiness(ready, actor, request).orReject();
        long load = currentMenteeCount(mentor.getId());
        int capacity = capacityOf(mentor.getId());
        MentorCapacityPolicy.mayAssign(load, capacity, actor, request.capacityOverride()).orReject();
        boolean readinessOverridden = ready.refused();
        boolean capacityOverridden = MentorCapacityPolicy.hasSpareCapacity(load, capacity).refused();

        Long previous = current.map(MentorAssignment::getMentorId).orElse(null);
        MentorAssignment assignment;
        if (request.kind() == AssignmentKind.INTERIM) {
            current.filter(a -> a.getKind() == AssignmentKind.INTERIM).ifPresent(a -> {
                if (starts.equals(today)) {
                    a.end(today, request.reason());
                } else {
                    a.endInterimOn(starts);
                }
                assignments.saveAndFlush(a);
            });
            assignment = MentorAssignment.interim(mentee.getId(), mentor.getId(), starts, request.interimLastDay(),
                    request.reason(), actor == null ? null : actor.personId(), request.absenceId());
        } else {
            current.filter(a -> a.getKind() == AssignmentKind.INTERIM).ifPresent(a -> {
                a.end(today, request.reason());
                assignments.saveAndFlush(a);
            });
            assignments.findOpenPermanentOf(mentee.getId()).ifPresent(a -> {
                a.end(today, request.reason());
                // written before the new one: the database allows a single open permanent assignment per mentee
                assignments.saveAndFlush(a);
            });
            assignment = new MentorAssignment(mentee.getId(), mentor.getId(), AssignmentKind.PERMANENT, today,
                    request.reason(), actor == null ? null : actor.personId());
        }
        MentorReadinessOverridden overridden = readinessOverridden
                ? assignment.overrideReadiness(request.readinessOverride().strip(), actor.personId(), today) : null;
        if (capacityOverridden) {
            assignment.overrideCapacity(request.capacityOverride().strip());
        }
        assignment = assignments.save(assignment);
        events.publishEvent(assignment.assigned(previous, null, welcomed));
        if (overridden != null) {
            events.publishEvent(overridden);
        }
        return assignment;
    }

    /**
     * A change of mentor that was agreed or decided (its rules were checked when it was proposed): the current
     * assignments end today and the new mentor is the permanent one.
     */
    @Transactional
    MentorAssignment applyReassignment(long reassignmentId, long menteeId, long toMentorId, String reason, long decidedBy) {
        LocalDate today = today();
        Long previous = currentMentorOf(menteeId).orElse(null);
        assignments.findCurrentOf(menteeId, today).filter(a -> a.getKind() == AssignmentKind.INTERIM).ifPresent(a -> {
            a.end(today, reason);
            assignments.saveAndFlush(a);
        });
        assignments.findOpenPermanentOf(menteeId).ifPresent(a -> {
            a.end(today, reason);
            assignments.saveAndFlush(a);
        });
        var assignment = assignments.save(new MentorAssignment(menteeId, toMentorId, AssignmentKind.PERMANENT, today,
                reason, decidedBy));
        events.publishEvent(assignment.assigned(previous, reassignmentId, false));
        return assignment;
    }

    /**
     * The handover notes left for the given mentor about the mentee: by the mentor they took over from, and by
     * interim mentors who handed the mentee back; newest first.
     */
    public List<String> handoverNotesFor(long menteeId, long mentorId) {
        return jdbc.sql("""
                        select note from (
                            select handover_note as note, decided_at as at from reassignments
                            where state = 'TAKEN_EFFECT' and mentee_id = :mentee and to_mentor_id = :mentor and handover_note is not null
                            union all
                            select i.handover_note, cast(i.ended_on as timestamp with time zone) from mentor_assignments i
                            where i.kind = 'INTERIM' and i.mentee_id = :mentee and i.handover_note is not null
                              and exists (select 1 from mentor_assignments p where p.mentee_id = i.mentee_id
                                          and p.mentor_id = :mentor and p.ended_on is null)
                        ) notes order by at desc nulls last limit 10""")
                .param("mentee", menteeId).param("mentor", mentorId).query(String.class).list();
    }

    /** Ends every current or planned assignment of the person, as mentee and as mentor; returns their former mentees. */
    @Transactional
    List<Long> endAllOf(long personId, String reason) {
        LocalDate today = today();
        List<Long> mentees = currentMenteeIds(personId);
        jdbc.sql("""
                        update mentor_assignments set ended_on = greatest(started_on, :today), end_reason = :reason, version = version + 1
                        where (mentee_id = :person or mentor_id = :person) and (ended_on is null or ended_on > :today)""")
                .param("today", today).param("reason", reason).param("person", personId).update();
        return mentees;
    }

    /**
     * Ends every current or planned assignment in which the person is the mentor (permanent or interim), as on a
     * step-down's last day; returns the mentees whose assignment ended, who then wait for a mentor. Two statements.
     */
    @Transactional
    List<Long> endAsMentor(long mentorId, String reason) {
        LocalDate today = today();
        return jdbc.sql("""
                        update mentor_assignments set ended_on = greatest(started_on, :today), end_reason = :reason, version = version + 1
                        where mentor_id = :mentor and (ended_on is null or ended_on > :today)
                        returning mentee_id""")
                .param("today", today).param("reason", reason).param("mentor", mentorId)
                .query(Long.class).list().stream().distinct().sorted().toList();
    }

    /** The mentor's capacity: their own if the Council set one, else the program's default. */
    public int capacityOf(long mentorId) {
        return jdbc.sql("select capacity from mentor_capacities where mentor_id = ?").param(mentorId)
                .query(Integer.class).optional().orElse(properties.defaultCapacity());
    }

    /** The capacity of each given mentor, in one query (the program's default where the Council set none). */
    public Map<Long, Integer> capacitiesOf(Collection<Long> mentorIds) {
        var result = new LinkedHashMap<Long, Integer>();
        mentorIds.forEach(id -> result.put(id, properties.defaultCapacity()));
        if (!mentorIds.isEmpty()) {
            jdbc.sql("select mentor_id, capacity from mentor_capacities where mentor_id = any(?)")
                    .param(mentorIds.toArray(Long[]::new))
                    .query((java.sql.ResultSet rs) -> {
                        result.put(rs.getLong(1), rs.getInt(2));
                    });
        }
        return result;
    }

    /**
     * The program's own assignment of an accepted applicant to a mentor (the interviewer, when the interviewing
     * mentor decides): the mentor's readiness and capacity rules apply, and nothing overrides them.
     */
    @Transactional
    public MentorAssignment assignAcceptedApplicant(long menteeId, long mentorId, String reason) {
        return assignChecked(null, new AssignMentor(menteeId, mentorId, AssignmentKind.PERMANENT, reason), true);
    }

    /** A Council member assigns an accepted applicant, possibly over the mentor's capacity with a reason. */
    @Transactional
    public MentorAssignment assignAcceptedApplicant(Actor council, AssignMentor request) {
        MentorAssignmentPolicy.mayAssign(council).orForbid();
        return assignChecked(council, request, true);
    }

    /** The Council sets a mentor's own capacity. */
    @Transactional
    public void setCapacity(Actor actor, long mentorId, int capacity) {
        MentorAssignmentPolicy.mayAssign(actor).orForbid();
        if (people.find(mentorId).filter(p -> p.has(org.repsportal.people.Role.MENTOR)).isEmpty()) {
            throw new RuleViolationException("policy.mentorship.not-a-mentor");
        }
        if (capacity < 0 || capacity > 100) {
            throw new RuleViolationException("policy.mentorship.capacity-range");
        }
        jdbc.sql("""
                        insert into mentor_capacities (mentor_id, capacity, set_by, set_at) values (?, ?, ?, ?)
                        on conflict (mentor_id) do update set capacity = excluded.capacity, set_by = excluded.set_by, set_at = excluded.set_at""")
                .param(mentorId).param(capacity).param(actor.personId()).param(java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    /** Those of the given mentors who are not ready for new mentees (their orientation is incomplete, say). */
    public Set<Long> notReadyForNewMentees(Collection<Long> mentorIds) {
        return mentorIds.isEmpty() ? Set.of() : readiness().notReadyAmong(mentorIds);
    }

    private MentorReadiness readiness() {
        return readiness.getIfAvailable(() -> mentorId -> Decision.allow());
    }

    /** Whether the actor may give Reps a mentor. */
    public Decision mayAssign(Actor actor) {
        return MentorAssignmentPolicy.mayAssign(actor);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Optional<MentorAssignment> currentAssignmentOf(long menteeId) {
        return assignments.findCurrentOf(menteeId, today());
    }

    public Optional<Long> currentMentorOf(long menteeId) {
        return currentAssignmentOf(menteeId).map(MentorAssignment::getMentorId);
    }

    public List<MentorAssignment> historyOf(long menteeId) {
        return assignments.findHistoryOf(menteeId);
    }

    public long currentMenteeCount(long mentorId) {
        return queries.currentAssignmentsOf(mentorId).size();
    }

    /** Current mentee count of every mentor that has mentees, in one query. */
    public Map<Long, Long> currentMenteeCounts() {
        var counts = new LinkedHashMap<Long, Long>();
        queries.allCurrentAssignments().forEach(a -> counts.merge(a.mentorId(), 1L, Long::sum));
        return counts;
    }

    @Override
    public Map<Long, Long> currentMentorIds(Collection<Long> menteeIds) {
        if (menteeIds.isEmpty()) {
            return Map.of();
        }
        var result = new LinkedHashMap<Long, Long>();
        LocalDate today = today();
        // a daily job may ask for every silent Rep of a large program: a statement takes at most 65 535 parameters
        List<Long> ids = List.copyOf(menteeIds);
        for (int from = 0; from < ids.size(); from += MENTEES_PER_STATEMENT) {
            var chunk = ids.subList(from, Math.min(ids.size(), from + MENTEES_PER_STATEMENT));
            for (MentorAssignment a : assignments.findCoveringDayAll(chunk, today)) {
                result.putIfAbsent(a.getMenteeId(), a.getMentorId());
            }
        }
        return result;
    }

    @Override
    public boolean mayChangeMentors(Actor actor) {
        return mayAssign(actor).allowed();
    }

    /** The mentees whose permanent mentor this is, whether or not an interim mentor covers them today; one query. */
    List<Long> permanentMenteeIds(long mentorId) {
        return jdbc.sql("select mentee_id from mentor_assignments where mentor_id = ? and kind = 'PERMANENT' and ended_on is null order by mentee_id")
                .param(mentorId).query(Long.class).list();
    }

    @Override
    public List<Long> currentMenteeIds(long mentorId) {
        return queries.currentAssignmentsOf(mentorId).stream().map(MentorshipQueries.CurrentAssignment::menteeId).toList();
    }
}
