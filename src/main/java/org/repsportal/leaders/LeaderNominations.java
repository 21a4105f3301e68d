package org.repsportal.leaders;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.repsportal.mentorship.Mentorships;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.NotFoundException;
import org.repsportal.platform.PageResult;
import org.repsportal.platform.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emerging leaders: mentors nominate current mentees, the Council follows each nomination up and decides
 * when to tell the nominee. Until then nothing of it reaches the nominee.
 */
@Service
@Transactional
public class LeaderNominations {

    static final int MAX_REASON = 5000;

    private final LeaderNominationRepository nominations;
    private final LeaderNominationFollowUpRepository followUps;
    private final LeaderNominationQueries queries;
    private final People people;
    private final Mentorships mentorships;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LeaderNominations(LeaderNominationRepository nominations, LeaderNominationFollowUpRepository followUps, LeaderNominationQueries queries,
                People people, Mentorships mentorships, ApplicationEventPublisher events, Clock clock) {
        this.nominations = nominations;
        this.followUps = followUps;
        this.queries = queries;
        this.people = people;
        this.mentorships = mentorships;
        this.events = events;
        this.clock = clock;
    }

    public LeaderNomination nominate(Actor actor, NewLeaderNomination request) {
        var problems = new ArrayList<FieldProblem>();
        if (request.personId() == null) {
            problems.add(new FieldProblem("personId", "council.nomination.person.required"));
        }
        if (request.reason() == null || request.reason().isBlank()) {
            problems.add(new FieldProblem("reason", "council.nomination.reason.required"));
        } else if (request.reason().length() > MAX_REASON) {
            problems.add(new FieldProblem("reason", "council.nomination.reason.long"));
        }
        if (request.personId() != null) {
            LeaderNominationPolicy.mayNominate(actor, mentorships.currentMentorOf(request.personId())).orForbid();
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (nominations.existsByNomineeInStates(request.personId(), LeaderNominationState.OPEN_STATES)) {
            throw new RuleViolationException("council.nomination.already-open");
        }
        LeaderNomination nomination = nominations.save(new LeaderNomination(request.personId(), actor.personId(),
                request.reason().strip(), clock.instant()));
        events.publishEvent(nomination.nominated());
        return nomination;
    }

    /** The Council's pipeline, newest first, optionally of one state. */
    @Transactional(readOnly = true)
    public PageResult<LeaderNominationSummary> pipeline(Actor actor, LeaderNominationState state, int page, int size) {
        LeaderNominationPolicy.mayWorkAsCouncil(actor).orForbid();
        return queries.pipeline(actor.personId(), state, page, size);
    }

    /** The nominations the actor made, with their state (the Council's notes stay with the Council). */
    @Transactional(readOnly = true)
    public PageResult<LeaderNominationSummary> mine(Actor actor, int page, int size) {
        return queries.by(actor.personId(), page, size);
    }

    @Transactional(readOnly = true)
    public LeaderNominationCase open(Actor actor, long id) {
        LeaderNomination nomination = followed(actor, id);
        List<LeaderNominationFollowUp> notes = followUps.findByNomination(id);
        var ids = new HashSet<Long>(List.of(nomination.getNomineeId(), nomination.getNominatedBy()));
        if (nomination.getNomineeToldBy() != null) {
            ids.add(nomination.getNomineeToldBy());
        }
        notes.forEach(f -> ids.add(f.getAuthorId()));
        return new LeaderNominationCase(nomination, notes, people.summaries(ids));
    }

    public LeaderNominationFollowUp followUp(Actor actor, long id, LocalDate on, String note, LeaderNominationState next) {
        LeaderNomination nomination = followed(actor, id);
        LeaderNominationFollowUp followUp = nomination.followUp(actor.personId(), on, note, next, LocalDate.now(clock), clock.instant());
        nominations.save(nomination);
        return followUps.save(followUp);
    }

    /** Sends the nominee the news, with the Council member who tells them as Reply-To. */
    public LeaderNomination tellNominee(Actor actor, long id) {
        LeaderNomination nomination = followed(actor, id);
        events.publishEvent(nomination.tellNominee(actor.personId(), clock.instant()));
        return nominations.save(nomination);
    }

    /** The Council's pages answer a nomination the reader may not follow up as not found. */
    private LeaderNomination followed(Actor actor, long id) {
        LeaderNomination nomination = nominations.findById(id).orElseThrow(() -> new NotFoundException("Nomination", id));
        if (LeaderNominationPolicy.mayFollowUp(actor, nomination).refused()) {
            throw new NotFoundException("Nomination", id);
        }
        return nomination;
    }
}
