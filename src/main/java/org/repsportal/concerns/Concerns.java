package org.repsportal.concerns;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.repsportal.mentorship.Mentorships;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.platform.Decision;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.NotFoundException;
import org.repsportal.platform.PageResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Concerns raised to the Council: raising, reading and handling them. Every path goes through
 * {@link ConcernVisibilityPolicy}; a concern the reader may not see is "not found", and every view and
 * change — and every refused attempt — is written to the audit trail.
 */
@Service
@Transactional
class Concerns {

    private final ConcernRepository concerns;
    private final ConcernAudit audit;
    private final ConcernQueries queries;
    private final People people;
    private final Mentorships mentorships;
    private final ApplicationEventPublisher events;
    private final ConcernsProperties properties;
    private final Clock clock;

    Concerns(ConcernRepository concerns, ConcernAudit audit, ConcernQueries queries, People people,
             Mentorships mentorships, ApplicationEventPublisher events, ConcernsProperties properties, Clock clock) {
        this.concerns = concerns;
        this.audit = audit;
        this.queries = queries;
        this.people = people;
        this.mentorships = mentorships;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** Raises a concern; the Council (less anyone recused) is told there is one, without its content. */
    public Concern raise(Actor actor, NewConcern request) {
        RaiseConcernPolicy.mayRaise(actor).orForbid();
        Optional<Long> mentor = mentorships.currentMentorOf(actor.personId());
        var problems = problemsWith(actor, request, mentor);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ConcernCategory category = ConcernCategory.parse(request.category()).orElseThrow();
        Long involvedMentor = request.involveMentor() ? mentor.orElseThrow() : null;
        Concern concern = concerns.saveAndFlush(new Concern(category, actor.personId(), request.aboutPersonId(),
                involvedMentor, request.summary().strip(), request.details().strip(),
                category == ConcernCategory.ABUSE && request.reportingRouteFollowed(), clock.instant()));
        audit.record(concern.getId(), actor.personId(), AuditAction.RAISED,
                involvedMentor == null ? null : "council.audit.note.mentor-involved");
        events.publishEvent(concern.raised());
        return concern;
    }

    /** What is wrong with a concern the actor is about to raise, field by field (nothing is saved). */
    @Transactional(readOnly = true)
    public List<FieldProblem> problemsWith(Actor actor, NewConcern request) {
        return problemsWith(actor, request, mentorships.currentMentorOf(actor.personId()));
    }

    private List<FieldProblem> problemsWith(Actor actor, NewConcern request, Optional<Long> mentor) {
        boolean aboutKnown = request.aboutPersonId() == null || people.find(request.aboutPersonId()).isPresent();
        return ConcernRules.check(request, actor.personId(), aboutKnown, mentor);
    }

    /** Opens a concern for reading; the view is recorded. */
    public ConcernCase open(Actor actor, long id) {
        Concern concern = visible(actor, id);
        audit.record(id, actor.personId(), AuditAction.VIEWED, null);
        boolean auditTrail = ConcernVisibilityPolicy.maySeeAuditTrail(actor, concern).allowed();
        Set<Long> named = Stream.of(concern.getReporterId(), concern.getAboutPersonId(), concern.getInvolvedMentorId(),
                        concern.getAcknowledgedBy(), concern.getResolvedBy())
                .filter(Objects::nonNull).collect(Collectors.toSet());
        return new ConcernCase(concern, people.summaries(named), auditTrail ? audit.trail(id) : List.of(),
                ConcernVisibilityPolicy.mayHandle(actor, concern).allowed(), auditTrail);
    }

    public Concern acknowledge(Actor actor, long id) {
        Concern concern = handled(actor, id);
        events.publishEvent(concern.acknowledge(actor.personId(), clock.instant()));
        audit.record(id, actor.personId(), AuditAction.ACKNOWLEDGED, null);
        return concerns.save(concern);
    }

    public Concern startWork(Actor actor, long id) {
        Concern concern = handled(actor, id);
        concern.startWork(actor.personId(), clock.instant());
        audit.record(id, actor.personId(), AuditAction.WORK_STARTED, null);
        return concerns.save(concern);
    }

    public Concern resolve(Actor actor, long id, String resolution) {
        Concern concern = handled(actor, id);
        events.publishEvent(concern.resolve(actor.personId(), resolution, clock.instant()));
        audit.record(id, actor.personId(), AuditAction.RESOLVED, null);
        return concerns.save(concern);
    }

    /** The Council's queue for the reader, leaving out what they are recused from. */
    @Transactional(readOnly = true)
    public PageResult<ConcernSummary> queue(Actor actor, ConcernQueueFilter filter, int page, int size) {
        CouncilPolicy.mayWorkAsCouncil(actor).orForbid();
        return queries.queue(actor.personId(), filter, page, size);
    }

    /** Concerns the reader raised, or was involved in as the reporter's mentor. */
    @Transactional(readOnly = true)
    public PageResult<MyConcern> mine(Actor actor, int page, int size) {
        return queries.mine(actor.personId(), page, size);
    }

    /** Time to acknowledge the concerns raised from {@code from} until before {@code to}, optionally of one category. */
    @Transactional(readOnly = true)
    public AcknowledgementTimes acknowledgementTimes(Actor actor, ConcernCategory category, Instant from, Instant to) {
        CouncilPolicy.mayWorkAsCouncil(actor).orForbid();
        return queries.acknowledgementTimes(actor.personId(), category, from, to);
    }

    /** Time to acknowledge over the configured window up to now. */
    @Transactional(readOnly = true)
    public AcknowledgementTimes recentAcknowledgementTimes(Actor actor, ConcernCategory category) {
        Instant now = clock.instant();
        return acknowledgementTimes(actor, category, now.minus(properties.responseTimeWindow()), now.plusSeconds(1));
    }

    public ConcernsProperties properties() {
        return properties;
    }

    private Concern visible(Actor actor, long id) {
        Concern concern = concerns.findById(id).orElseThrow(() -> new NotFoundException("Concern", id));
        Decision decision = ConcernVisibilityPolicy.mayView(actor, concern);
        if (decision.refused()) {
            audit.recordRefusal(id, actor.personId(), decision.reason());
            throw new NotFoundException("Concern", id);
        }
        return concern;
    }

    private Concern handled(Actor actor, long id) {
        Concern concern = visible(actor, id);
        ConcernVisibilityPolicy.mayHandle(actor, concern).orForbid();
        return concern;
    }
}
