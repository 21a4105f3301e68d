package org.repsportal.availability;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.people.PersonStatus;
import org.repsportal.people.Role;
import org.repsportal.platform.Decision;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The availability module's entry point: declaring, changing and ending one's own absences. Every input is
 * checked by the absence policies; nobody acts on someone else's absence (it is unknown to them).
 */
@Service
@Transactional
public class Absences {

    private final AbsenceRepository absences;
    private final AbsenceAvailability availability;
    private final People people;
    private final AvailabilityProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Absences(AbsenceRepository absences, AbsenceAvailability availability, People people,
             AvailabilityProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.absences = absences;
        this.availability = availability;
        this.people = people;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** Declares an absence of the actor; returns its id. */
    public long declare(Actor actor, NewAbsence request) {
        Person person = people.get(actor.personId());
        boolean longMentorAbsence = check(person, request, null);
        Absence absence = absences.save(new Absence(person.getId(), request, clock.instant()));
        events.publishEvent(absence.declared(longMentorAbsence));
        return absence.getId();
    }

    /** Changes one of the actor's absences that is not over. */
    public void change(Actor actor, long id, NewAbsence request) {
        Absence absence = own(actor, id);
        boolean longMentorAbsence = check(people.get(actor.personId()), request, id);
        events.publishEvent(absence.change(request, longMentorAbsence, today(), clock.instant()));
    }

    /** Cancels an absence that has not begun, or ends one that has: the actor is back today. */
    public void end(Actor actor, long id) {
        Absence absence = own(actor, id);
        events.publishEvent(absence.end(today(), clock.instant()));
    }

    /**
     * The absence as it stands now, for the modules that act on it (the Council's interim mentors): its latest
     * dates (an early return moved its last day); empty when it is unknown or was cancelled. Anyone signed in may
     * know when someone is away, so this tells nothing private: only its dates and delegate, neither the
     * reason nor the plan (nor the flags of a declaration, which are false here).
     */
    @Transactional(readOnly = true)
    public java.util.Optional<AbsenceDeclared> asDeclared(long id) {
        return absences.findById(id).filter(a -> a.getState() != AbsenceState.CANCELLED).map(Absence::asDeclared);
    }

    /** One of the actor's own absences; anyone else's is unknown. */
    @Transactional(readOnly = true)
    Absence own(Actor actor, long id) {
        return absences.findById(id).filter(a -> actor.is(a.getPersonId()))
                .orElseThrow(() -> new NotFoundException("Absence", id));
    }

    /** Checks the request against every policy; returns whether it is a long mentor absence. */
    private boolean check(Person person, NewAbsence request, Long changing) {
        var problems = new ArrayList<FieldProblem>();
        LocalDate from = request.from();
        LocalDate to = request.to();
        if (from == null) {
            problems.add(new FieldProblem("from", "absence.from.required"));
        }
        if (to == null) {
            problems.add(new FieldProblem("to", "absence.to.required"));
        }
        if (request.givenAutoReply() == null) {
            problems.add(new FieldProblem("autoReply", "absence.autoReply.required"));
        } else if (request.givenAutoReply().length() > AbsencePolicies.MAX_AUTO_REPLY) {
            problems.add(new FieldProblem("autoReply", "absence.autoReply.long"));
        }
        if (request.givenReason() != null && request.givenReason().length() > AbsencePolicies.MAX_REASON) {
            problems.add(new FieldProblem("reason", "absence.reason.long"));
        }
        if (request.givenPlan() != null && request.givenPlan().length() > AbsencePolicies.MAX_PLAN) {
            problems.add(new FieldProblem("plan", "absence.plan.long"));
        }
        boolean mentor = person.has(Role.MENTOR);
        boolean longMentorAbsence = false;
        if (from != null && to != null) {
            Decision period = AbsencePolicies.period(from, to, today());
            reject(period, "to", problems);
            if (period.allowed()) {
                reject(AbsencePolicies.repLength(from, to, mentor, properties.repLongest()), "to", problems);
                List<AbsencePolicies.Days> others = absences.findByPersonIdAndStateNot(person.getId(), AbsenceState.CANCELLED).stream()
                        .filter(a -> !a.getId().equals(changing))
                        .map(a -> new AbsencePolicies.Days(a.getStartsOn(), a.getEndsOn())).toList();
                reject(AbsencePolicies.noOverlap(new AbsencePolicies.Days(from, to), others), "from", problems);
                longMentorAbsence = AbsencePolicies.isLongMentorAbsence(from, to, mentor, properties.mentorPlanAfter());
                reject(AbsencePolicies.longMentorAbsence(longMentorAbsence, request.reassignmentRequested(), request.givenPlan()),
                        "plan", problems);
            }
        }
        Long delegateId = request.delegateId();
        if (delegateId != null) {
            boolean member = delegateId != person.getId() && people.find(delegateId)
                    .filter(d -> d.getStatus() == PersonStatus.ACTIVE && !d.has(Role.ALUMNI)).isPresent();
            boolean away = member && from != null && to != null && !to.isBefore(from)
                    && availability.isAwayDuring(from, to, delegateId);
            reject(AbsencePolicies.delegate(person.getId(), delegateId, member, away), "delegateId", problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return longMentorAbsence;
    }

    private static void reject(Decision decision, String field, List<FieldProblem> problems) {
        if (decision.refused()) {
            problems.add(new FieldProblem(field, decision.reason()));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
