package org.repsportal.mentorship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.repsportal.people.Actor;
import org.repsportal.people.MentorRelations;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.platform.Decision;
import org.repsportal.platform.RuleViolationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The mentorship module's entry point: assigning mentors and reading who mentors whom. */
@Service
@Transactional(readOnly = true)
public class Mentorships implements MentorRelations {

    private final MentorAssignmentRepository assignments;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectProvider<MentorReadiness> readiness;

    Mentorships(MentorAssignmentRepository assignments, People people, ApplicationEventPublisher events, Clock clock,
                ObjectProvider<MentorReadiness> readiness) {
        this.assignments = assignments;
        this.people = people;
        this.events = events;
        this.clock = clock;
        this.readiness = readiness;
    }

    /**
     * Gives the mentee a mentor; a current assignment to someone else ends today. Assigning the current
     * mentor again changes nothing. A mentor who is not ready for new mentees is refused unless a Council
     * member overrides it with a reason, which the assignment keeps.
     */
    @Transactional
    public MentorAssignment assign(Actor actor, AssignMentor request) {
        MentorAssignmentPolicy.mayAssign(actor).orForbid();
        Person mentee = people.get(request.menteeId());
        Person mentor = people.find(request.mentorId())
                .orElseThrow(() -> new RuleViolationException("policy.mentorship.not-a-mentor"));
        Long mentorsMentor = assignments.findCurrentOf(mentor.getId()).map(MentorAssignment::getMentorId).orElse(null);
        MentorAssignmentPolicy.canMentor(mentor, mentee, mentorsMentor).orReject();

        LocalDate today = LocalDate.now(clock);
        Optional<MentorAssignment> current = assignments.findCurrentOf(mentee.getId());
        if (current.isPresent() && current.get().getMentorId() == mentor.getId()
                && current.get().getKind() == request.kind()) {
            return current.get();
        }
        Decision ready = readiness().readyForNewMentees(mentor.getId());
        MentorAssignmentPolicy.readiness(ready, actor, request).orReject();
        boolean overridden = ready.refused();
        Long previous = null;
        if (current.isPresent()) {
            previous = current.get().getMentorId();
            current.get().end(today, request.reason());
            // written before the new one: the database allows a single current assignment per mentee, and
            // Hibernate would otherwise insert the new row before updating the old one
            assignments.saveAndFlush(current.get());
        }
        var assignment = new MentorAssignment(mentee.getId(), mentor.getId(), request.kind(), today, request.reason(),
                actor.personId());
        if (overridden) {
            assignment.overrideReadiness(request.readinessOverride().strip());
        }
        assignment = assignments.save(assignment);
        events.publishEvent(new MentorAssigned(mentee.getId(), mentor.getId(), previous, request.kind(), today));
        if (overridden) {
            events.publishEvent(new MentorReadinessOverridden(mentor.getId(), mentee.getId(), actor.personId(),
                    request.readinessOverride().strip(), today));
        }
        return assignment;
    }

    /** Those of the given mentors who are not ready for new mentees (their orientation is incomplete, say). */
    public java.util.Set<Long> notReadyForNewMentees(Collection<Long> mentorIds) {
        return mentorIds.isEmpty() ? java.util.Set.of() : readiness().notReadyAmong(mentorIds);
    }

    private MentorReadiness readiness() {
        return readiness.getIfAvailable(() -> mentorId -> Decision.allow());
    }

    /** Whether the actor may give Reps a mentor. */
    public Decision mayAssign(Actor actor) {
        return MentorAssignmentPolicy.mayAssign(actor);
    }

    public Optional<MentorAssignment> currentAssignmentOf(long menteeId) {
        return assignments.findCurrentOf(menteeId);
    }

    public Optional<Long> currentMentorOf(long menteeId) {
        return assignments.findCurrentOf(menteeId).map(MentorAssignment::getMentorId);
    }

    public List<MentorAssignment> historyOf(long menteeId) {
        return assignments.findHistoryOf(menteeId);
    }

    public long currentMenteeCount(long mentorId) {
        return assignments.countCurrentByMentor(mentorId);
    }

    /** Current mentee count of every mentor that has mentees, in one query. */
    public Map<Long, Long> currentMenteeCounts() {
        return assignments.countCurrentPerMentor().stream()
                .collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), row -> ((Number) row[1]).longValue()));
    }

    @Override
    public Map<Long, Long> currentMentorIds(Collection<Long> menteeIds) {
        if (menteeIds.isEmpty()) {
            return Map.of();
        }
        return assignments.findCurrentOfAll(menteeIds).stream()
                .collect(Collectors.toMap(MentorAssignment::getMenteeId, MentorAssignment::getMentorId));
    }

    @Override
    public boolean mayChangeMentors(Actor actor) {
        return mayAssign(actor).allowed();
    }

    @Override
    public List<Long> currentMenteeIds(long mentorId) {
        return assignments.findCurrentByMentor(mentorId).stream().map(MentorAssignment::getMenteeId).toList();
    }
}
