package org.repsportal.mentorship;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.people.Role;
import org.repsportal.platform.Decision;
import org.repsportal.platform.NotFoundException;
import org.repsportal.platform.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes of mentor: proposing, agreeing or declining (in the portal or by a mailed link), the Council's
 * decision, and the waiting time after which the Council decides.
 */
@Service
@Transactional
public class Reassignments {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReassignmentRepository reassignments;
    private final Mentorships mentorships;
    private final MentorAssignmentRepository assignments;
    private final People people;
    private final ApplicationEventPublisher events;
    private final MentorshipProperties properties;
    private final Clock clock;

    Reassignments(ReassignmentRepository reassignments, Mentorships mentorships, MentorAssignmentRepository assignments,
                  People people, ApplicationEventPublisher events, MentorshipProperties properties, Clock clock) {
        this.reassignments = reassignments;
        this.mentorships = mentorships;
        this.assignments = assignments;
        this.people = people;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** The mentee, their current mentor, the proposed new mentor or the Council may propose a change. */
    static Decision mayPropose(Actor actor, long menteeId, Long currentMentorId, long toMentorId) {
        if (actor.has(Role.COUNCIL) || actor.is(menteeId) || actor.is(toMentorId)
                || (currentMentorId != null && actor.is(currentMentorId))) {
            return Decision.allow();
        }
        return Decision.refuse("policy.mentorship.reassignment-propose");
    }

    /** Proposes a new mentor; the proposer, if one of the three, has agreed by proposing. */
    public long propose(Actor actor, long menteeId, long toMentorId, String reason) {
        Long current = mentorships.currentMentorOf(menteeId).orElse(null);
        mayPropose(actor, menteeId, current, toMentorId).orForbid();
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("policy.mentorship.reassignment-needs-reason");
        }
        checkNewMentor(actor, menteeId, toMentorId, current);
        if (reassignments.findOpenFor(menteeId).isPresent()) {
            throw new RuleViolationException("policy.mentorship.reassignment-open");
        }
        Instant now = clock.instant();
        var reassignment = new Reassignment(menteeId, current, toMentorId, actor.personId(), reason.strip(), now,
                token(), token(), token());
        Reassignment.Party proposer = reassignment.partyOf(actor.personId());
        boolean effective = proposer != null && reassignment.agree(proposer, now);
        reassignment = reassignments.saveAndFlush(reassignment);
        events.publishEvent(reassignment.proposed());
        if (effective) {
            takeEffect(reassignment, null);
        }
        return reassignment.getId();
    }

    private void checkNewMentor(Actor actor, long menteeId, long toMentorId, Long current) {
        Person mentee = people.get(menteeId);
        Person mentor = people.find(toMentorId).orElseThrow(() -> new RuleViolationException("policy.mentorship.not-a-mentor"));
        if (current != null && current == toMentorId) {
            throw new RuleViolationException("policy.mentorship.reassignment-same");
        }
        Long mentorsMentor = mentorships.currentMentorOf(toMentorId).orElse(null);
        MentorAssignmentPolicy.canMentor(mentor, mentee, mentorsMentor).orReject();
        if (!actor.has(Role.COUNCIL)) {
            MentorCapacityPolicy.hasSpareCapacity(mentorships.currentMenteeCount(toMentorId), mentorships.capacityOf(toMentorId)).orReject();
        }
    }

    /** The reassignment as the actor may see it: one of the three or the Council; otherwise it does not exist. */
    @Transactional(readOnly = true)
    public ReassignmentView view(Actor actor, long id) {
        Reassignment r = visible(actor, id);
        return ReassignmentView.of(r, r.partyOf(actor.personId()), people);
    }

    /** The reassignment a mailed link points to, for the person the link was sent to only. */
    @Transactional(readOnly = true)
    public ReassignmentView viewByToken(Actor actor, String token) {
        Reassignment r = byToken(actor, token);
        return ReassignmentView.of(r, r.partyOfToken(token), people);
    }

    /** One of the three agrees (the current mentor may leave a handover note); all three → it takes effect. */
    public ReassignmentView agree(Actor actor, long id, String handoverNote) {
        Reassignment r = asParty(actor, id);
        return agree(actor, r, r.partyOf(actor.personId()), handoverNote);
    }

    public ReassignmentView agreeByToken(Actor actor, String token, String handoverNote) {
        Reassignment r = byToken(actor, token);
        return agree(actor, r, r.partyOfToken(token), handoverNote);
    }

    private ReassignmentView agree(Actor actor, Reassignment r, Reassignment.Party party, String handoverNote) {
        if (party == Reassignment.Party.CURRENT_MENTOR && handoverNote != null && !handoverNote.isBlank()) {
            r.writeHandoverNote(handoverNote.strip());
        }
        boolean effective = r.agree(party, clock.instant());
        reassignments.saveAndFlush(r);
        if (effective) {
            takeEffect(r, null);
        }
        return ReassignmentView.of(r, party, people);
    }

    /** One of the three declines, with a reason: the Council decides. */
    public ReassignmentView decline(Actor actor, long id, String reason) {
        Reassignment r = asParty(actor, id);
        return decline(r, r.partyOf(actor.personId()), reason);
    }

    public ReassignmentView declineByToken(Actor actor, String token, String reason) {
        Reassignment r = byToken(actor, token);
        return decline(r, r.partyOfToken(token), reason);
    }

    private ReassignmentView decline(Reassignment r, Reassignment.Party party, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("policy.mentorship.decline-needs-reason");
        }
        ReassignmentSentToCouncil sent = r.decline(party, reason.strip(), clock.instant());
        reassignments.saveAndFlush(r);
        events.publishEvent(sent);
        return ReassignmentView.of(r, party, people);
    }

    /** The Council decides: for the change (it takes effect) or against it. */
    /** The Council's answer as sent: who may decide is settled before a missing answer is refused. */
    ReassignmentView decideAnswer(Actor actor, long id, Boolean approve) {
        councilOnly(actor);
        if (approve == null) {
            throw new org.repsportal.platform.InvalidInputException(List.of(
                    new org.repsportal.platform.FieldProblem("approve", "mentorship.api.required")));
        }
        return decide(actor, id, approve);
    }

    public ReassignmentView decide(Actor actor, long id, boolean approve) {
        councilOnly(actor);
        Reassignment r = reassignments.findById(id).orElseThrow(() -> new NotFoundException("Reassignment", id));
        if (approve) {
            r.approve(actor.personId(), clock.instant());
            reassignments.saveAndFlush(r);
            takeEffect(r, actor.personId());
        } else {
            ReassignmentRejected rejected = r.reject(actor.personId(), clock.instant());
            reassignments.saveAndFlush(r);
            events.publishEvent(rejected);
        }
        return ReassignmentView.of(r, null, people);
    }

    /**
     * The Council gives the mentee a new mentor at once (e.g. accepting a proposal when their mentor steps
     * down); it is recorded as a reassignment decided by the Council, with the same effects.
     */
    public long reassignByCouncil(Actor actor, long menteeId, long toMentorId, String reason) {
        councilOnly(actor);
        Long current = mentorships.currentMentorOf(menteeId).orElse(null);
        checkNewMentor(actor, menteeId, toMentorId, current);
        reassignments.findOpenFor(menteeId).ifPresent(open -> {
            open.reject(actor.personId(), clock.instant());
            reassignments.saveAndFlush(open);
        });
        var r = new Reassignment(menteeId, current, toMentorId, actor.personId(), reason, clock.instant(), token(), token(), token());
        r.approve(actor.personId(), clock.instant());
        r = reassignments.saveAndFlush(r);
        takeEffect(r, actor.personId());
        return r.getId();
    }

    /** Reassignments proposed before the waiting time go to the Council; returns how many. */
    public int sendOverdueToCouncil(Instant now) {
        List<Reassignment> waiting = reassignments.findWaitingSince(now.minus(properties.confirmationWait()));
        for (Reassignment r : waiting) {
            ReassignmentSentToCouncil sent = r.expire(now);
            reassignments.save(r);
            events.publishEvent(sent);
        }
        return waiting.size();
    }

    @Transactional(readOnly = true)
    public List<ReassignmentView> openInvolving(Actor actor) {
        return reassignments.findOpenInvolving(actor.personId()).stream()
                .map(r -> ReassignmentView.of(r, r.partyOf(actor.personId()), people)).toList();
    }

    @Transactional(readOnly = true)
    public List<ReassignmentView> withCouncil(Actor actor) {
        councilOnly(actor);
        return reassignments.findWithCouncil().stream().map(r -> ReassignmentView.of(r, null, people)).toList();
    }

    private void takeEffect(Reassignment r, Long councilMemberId) {
        LocalDate today = LocalDate.now(clock);
        mentorships.applyReassignment(r.getId(), r.getMenteeId(), r.getToMentorId(), r.getReason(),
                councilMemberId != null ? councilMemberId : r.getProposedBy());
        events.publishEvent(r.tookEffect(councilMemberId, today));
    }

    private void councilOnly(Actor actor) {
        if (!actor.has(Role.COUNCIL)) {
            throw new org.repsportal.platform.ForbiddenException("policy.mentorship.council-decides");
        }
    }

    private Reassignment visible(Actor actor, long id) {
        Reassignment r = reassignments.findById(id).orElseThrow(() -> new NotFoundException("Reassignment", id));
        if (r.partyOf(actor.personId()) == null && !actor.has(Role.COUNCIL)) {
            throw new NotFoundException("Reassignment", id);
        }
        return r;
    }

    private Reassignment asParty(Actor actor, long id) {
        Reassignment r = reassignments.findById(id).orElseThrow(() -> new NotFoundException("Reassignment", id));
        if (r.partyOf(actor.personId()) == null) {
            throw new NotFoundException("Reassignment", id);
        }
        return r;
    }

    private Reassignment byToken(Actor actor, String token) {
        Optional<Reassignment> found = token == null || token.length() > 64 ? Optional.empty() : reassignments.findByToken(token);
        Reassignment r = found.orElseThrow(() -> new NotFoundException("Reassignment", 0));
        Reassignment.Party party = r.partyOfToken(token);
        if (party == null || r.personOf(party) != actor.personId()) {
            throw new NotFoundException("Reassignment", 0);
        }
        return r;
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
