package org.repsportal.budgets;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.repsportal.events.EventFacts;
import org.repsportal.events.Events;
import org.repsportal.mentorship.Mentorships;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.people.Role;
import org.repsportal.platform.Decision;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.NotFoundException;
import org.repsportal.platform.Texts;
import org.repsportal.tasks.TaskPriority;
import org.repsportal.tasks.TaskRequested;
import org.repsportal.tasks.TaskTitle;
import org.repsportal.tasks.TaskType;
import org.repsportal.tasks.TaskWorkDone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The budgets module's entry point: filing, the mentor's review, the Council's decision or vote. */
@Service
@Transactional
public class Budgets {

    static final int MAX_REASON = 4000;
    /** How long a receipt waiver may run at most. */
    static final int MAX_WAIVER_DAYS = 90;

    private final BudgetRequestRepository requests;
    private final Events events;
    private final Mentorships mentorships;
    private final People people;
    private final BudgetsProperties properties;
    private final ExchangeRates rates;
    private final ApplicationEventPublisher publisher;
    private final JdbcClient jdbc;
    private final Texts texts;
    private final Clock clock;

    Budgets(BudgetRequestRepository requests, Events events, Mentorships mentorships, People people,
            BudgetsProperties properties, ApplicationEventPublisher publisher, JdbcClient jdbc, Texts texts, Clock clock) {
        this.requests = requests;
        this.events = events;
        this.mentorships = mentorships;
        this.people = people;
        this.properties = properties;
        this.rates = new ExchangeRates(properties);
        this.publisher = publisher;
        this.jdbc = jdbc;
        this.texts = texts;
        this.clock = clock;
    }

    /** A draft request on one of the actor's events; returns its id. */
    public long draft(Actor actor, NewBudget budget) {
        return create(actor, budget).getId();
    }

    BudgetRequest create(Actor actor, NewBudget budget) {
        if (budget.eventId() == null) {
            throw new InvalidInputException(List.of(new FieldProblem("eventId", "budget.event.required")));
        }
        EventFacts event;
        try {
            event = events.facts(budget.eventId());
        } catch (NotFoundException e) {
            throw new InvalidInputException(List.of(new FieldProblem("eventId", "budget.event.unknown")));
        }
        if (!actor.is(event.ownerId())) {
            throw new org.repsportal.platform.ForbiddenException("policy.budgets.own-event");
        }
        mayFile(actor.personId()).orReject();
        var checked = BudgetRules.check(budget, rates, properties.maxTotal());
        if (!checked.problems().isEmpty()) {
            throw new InvalidInputException(checked.problems());
        }
        return requests.save(new BudgetRequest(event.id(), actor.personId(), event.regionCode(), event.expectedAttendance(),
                event.startsOn(), event.endsOn(), checked.draft(), clock.instant()));
    }

    /** New content for a draft or a request sent back for changes. */
    public void revise(Actor actor, long id, NewBudget budget) {
        BudgetRequest request = find(id);
        mayChange(actor, request).orForbid();
        var checked = BudgetRules.check(budget, rates, properties.maxTotal());
        if (!checked.problems().isEmpty()) {
            throw new InvalidInputException(checked.problems());
        }
        request.revise(checked.draft(), clock.instant());
    }

    /** Files the request for review: the lead time and overdue receipts are checked; the mentor gets a review task. */
    public BudgetState submit(Actor actor, long id) {
        BudgetRequest request = find(id);
        mayChange(actor, request).orForbid();
        mayFile(request.getRequesterId()).orReject();
        LeadTimePolicy.check(request.getEventStartsOn(), LocalDate.now(clock), properties.leadTime(),
                request.getLeadTimeException() != null).orReject();
        Long mentor = mentorships.currentMentorOf(request.getRequesterId()).orElse(null);
        if (mentor != null) {
            request.submit(mentor, false, clock.instant());
            publisher.publishEvent(new TaskRequested(TaskType.BUDGET_REVIEW,
                    TaskTitle.of("budget.task.review", eventName(request), people.get(request.getRequesterId()).getDisplayName()),
                    request.getRequesterId(), mentor, TaskPriority.MAJOR, LocalDate.now(clock).plusDays(7), reviewRef(request), Set.of()));
            return request.getState();
        }
        // no current mentor: a Council member reviews in the mentor's place, the others watching
        List<Long> council = deciders(request.getRequesterId(), null);
        if (council.isEmpty()) {
            request.submit(null, true, clock.instant());
            return request.getState();
        }
        long reviewer = council.get((int) Math.floorMod(id, (long) council.size()));
        request.submit(reviewer, true, clock.instant());
        var watchers = new java.util.HashSet<>(council);
        watchers.remove(reviewer);
        publisher.publishEvent(new TaskRequested(TaskType.BUDGET_REVIEW,
                TaskTitle.of("budget.task.councilReview", eventName(request), people.get(request.getRequesterId()).getDisplayName()),
                request.getRequesterId(), reviewer, TaskPriority.MAJOR, LocalDate.now(clock).plusDays(7), reviewRef(request), watchers));
        return request.getState();
    }

    /** The Council lets a late request be filed, for a reason. */
    public void grantLeadTimeException(Actor actor, long id, String reason) {
        BudgetRequest request = find(id);
        ConflictOfInterestPolicy.mayDecide(actor, request.getRequesterId(), mentorOf(request)).orForbid();
        request.grantLeadTimeException(actor.personId(), requiredReason(reason, "reason"), clock.instant());
    }

    /** The mentor's review on the six points; passes the request on to the Council or sends it back. Mentors never approve. */
    public BudgetState review(Actor actor, long id, MentorReview review) {
        BudgetRequest request = mayReview(actor, id);
        var problems = new ArrayList<FieldProblem>();
        var marks = new EnumMap<ReviewPoint, PointMark>(ReviewPoint.class);
        for (ReviewPoint point : ReviewPoint.values()) {
            MentorReview.Mark mark = review.marks().get(point);
            if (mark == null || mark.verdict() == null) {
                problems.add(new FieldProblem("marks." + point.key(), "budget.review.mark.required"));
            } else if (mark.note() != null && mark.note().length() > 2000) {
                problems.add(new FieldProblem("marks." + point.key(), "budget.text.long"));
            } else {
                marks.put(point, new PointMark(mark.verdict(), blank(mark.note()) ? null : mark.note().strip()));
            }
        }
        if (blank(review.rationale())) {
            problems.add(new FieldProblem("rationale", "budget.review.rationale.required"));
        } else if (review.rationale().length() > MAX_REASON) {
            problems.add(new FieldProblem("rationale", "budget.text.long"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (review.passOn()) {
            BigDecimal inThreshold = rates.exactInThresholdCurrency(request.getTotal(), request.getCurrency()).orElseThrow();
            Route route = ThresholdRouting.route(inThreshold, properties.singleReviewerThreshold());
            var discussion = request.passMentorReview(actor.personId(), marks, review.rationale().strip(), route,
                    new BudgetRequest.VoteWindow(properties.discussion(), properties.voting()),
                    people.activeWithRole(Role.COUNCIL).size(), route == Route.COUNCIL_VOTE ? eventName(request) : null,
                    clock.instant());
            if (route == Route.SINGLE_REVIEWER) {
                councilDecisionTask(request);
            } else {
                discussion.ifPresent(publisher::publishEvent);
            }
        } else {
            request.sendBack(actor.personId(), marks, review.rationale().strip(), clock.instant());
        }
        publisher.publishEvent(new TaskWorkDone(reviewRef(request), review.passOn() ? "passed on" : "sent back"));
        return request.getState();
    }

    /** Only the requester's reviewing mentor reviews; anybody else is refused before what they sent is read. */
    BudgetRequest mayReview(Actor actor, long id) {
        BudgetRequest request = find(id);
        if (request.getMentorId() == null || !actor.is(request.getMentorId())) {
            throw new org.repsportal.platform.ForbiddenException("policy.budgets.mentor-only");
        }
        return request;
    }

    /** One Council reviewer decides a request under the threshold. */
    public BudgetState decide(Actor actor, long id, CouncilDecision decision) {
        BudgetRequest request = find(id);
        ConflictOfInterestPolicy.mayDecide(actor, request.getRequesterId(), request.getMentorId()).orForbid();
        BigDecimal amount = checkDecision(decision, request);
        BudgetDecided decided = request.decide(actor.personId(), decision.outcome(), amount, decision.reason().strip(),
                eventName(request), clock.instant());
        publisher.publishEvent(new TaskWorkDone(decisionRef(request), "decided"));
        decided(request, decided);
        return request.getState();
    }

    /** A Council member votes during the voting days; a majority of the whole Council decides at once. */
    public BudgetState vote(Actor actor, long id, CouncilDecision decision) {
        BudgetRequest request = find(id);
        ConflictOfInterestPolicy.mayDecide(actor, request.getRequesterId(), request.getMentorId()).orForbid();
        BigDecimal amount = checkDecision(decision, request);
        request.castVote(actor.personId(), decision.outcome(), amount, decision.reason().strip(), clock.instant());
        VoteCount.majority(request.getVotes().values(), request.getElectorate()).ifPresent(outcome -> {
            decided(request, request.closeVote(outcome, VoteCount.partialAmount(request.getVotes().values()),
                    texts.get("budget.vote.majority"), eventName(request), clock.instant()));
        });
        return request.getState();
    }

    /** Moves one vote on: extends it once when no majority one day before the end, closes it at the end. */
    void advanceVote(BudgetRequest request) {
        if (request.isVotingToAnnounce(clock.instant())) {
            publisher.publishEvent(request.announceVoting(eventName(request), clock.instant()));
        }
        var step = VoteCount.next(request.getVotes().values(), request.getElectorate(), request.getVoteEndsAt(),
                request.isVoteExtended(), clock.instant());
        switch (step) {
            case EXTEND -> {
                publisher.publishEvent(request.extendVote(properties.extension(), eventName(request), clock.instant()));
            }
            case CLOSE_WITHOUT_MAJORITY -> {
                decided(request, request.closeVote(Outcome.CHANGES_REQUESTED, null, texts.get("budget.vote.noMajority"),
                        eventName(request), clock.instant()));
            }
            case DECIDED -> {
                Outcome outcome = VoteCount.majority(request.getVotes().values(), request.getElectorate()).orElseThrow();
                decided(request, request.closeVote(outcome, VoteCount.partialAmount(request.getVotes().values()),
                        texts.get("budget.vote.majority"), eventName(request), clock.instant()));
            }
            case NONE -> {
            }
        }
    }

    /** Whether the person may file a request now: no receipts overdue, or a Council waiver running. */
    @Transactional(readOnly = true)
    public Decision mayFile(long personId) {
        LocalDate today = LocalDate.now(clock);
        int overdue = jdbc.sql("""
                        select count(*) from budget_requests
                        where requester_id = ? and state = 'WAITING_RECEIPTS' and event_ends_on + cast(? as integer) <= ?""")
                .params(personId, (int) properties.receiptsOverdue().toDays(), today).query(Integer.class).single();
        boolean waiver = overdue > 0 && jdbc.sql("select count(*) from receipt_waivers where person_id = ? and until_on >= ?")
                .params(personId, today).query(Integer.class).single() > 0;
        return OverdueReceiptsPolicy.check(overdue, waiver);
    }

    /** The Council lets a Rep with overdue receipts file again until a day, for a reason. */
    public void grantReceiptWaiver(Actor actor, long personId, LocalDate until, String reason) {
        if (!actor.has(Role.COUNCIL)) {
            throw new org.repsportal.platform.ForbiddenException("policy.budgets.council-only");
        }
        if (people.summaries(List.of(personId)).isEmpty()) {
            throw new InvalidInputException(List.of(new FieldProblem("personId", "budget.waiver.person")));
        }
        ConflictOfInterestPolicy.mayDecide(actor, personId, mentorships.currentMentorOf(personId).orElse(null)).orForbid();
        if (until == null || !until.isAfter(LocalDate.now(clock)) || until.isAfter(LocalDate.now(clock).plusDays(MAX_WAIVER_DAYS))) {
            throw new InvalidInputException(List.of(new FieldProblem("until", "budget.waiver.until")));
        }
        jdbc.sql("insert into receipt_waivers (person_id, until_on, granted_by, reason, granted_at) values (?, ?, ?, ?, ?)")
                .params(personId, until, actor.personId(), requiredReason(reason, "reason"), java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    /** A request for those who take part in it and for the Council; nobody else learns of it. */
    @Transactional(readOnly = true)
    BudgetRequest get(Actor actor, long id) {
        BudgetRequest request = find(id);
        BudgetAccessPolicy.mayRead(actor, request).orForbid();
        return request;
    }

    BudgetRequest find(long id) {
        return requests.findById(id).orElseThrow(() -> new NotFoundException("Budget request", id));
    }

    /** The requester's mentor: the one reviewing, or before the review the current one. */
    private Long mentorOf(BudgetRequest request) {
        return request.getMentorId() != null ? request.getMentorId()
                : mentorships.currentMentorOf(request.getRequesterId()).orElse(null);
    }

    String eventName(BudgetRequest request) {
        return events.facts(request.getEventId()).name();
    }

    ExchangeRates rates() {
        return rates;
    }

    private void decided(BudgetRequest request, BudgetDecided decided) {
        if (request.getState().granted()) {
            events.freezeMetrics(request.getEventId());
        }
        publisher.publishEvent(decided);
    }

    private BigDecimal checkDecision(CouncilDecision decision, BudgetRequest request) {
        var problems = new ArrayList<FieldProblem>();
        if (decision.outcome() == null) {
            problems.add(new FieldProblem("outcome", "budget.decision.outcome.required"));
        }
        if (blank(decision.reason())) {
            problems.add(new FieldProblem("reason", "budget.decision.reason.required"));
        } else if (decision.reason().length() > MAX_REASON) {
            problems.add(new FieldProblem("reason", "budget.text.long"));
        }
        BigDecimal amount = null;
        if (decision.outcome() == Outcome.PARTLY_APPROVED) {
            amount = BudgetRules.decimal(decision.amount());
            if (amount == null || amount.signum() <= 0 || amount.scale() > 2 || amount.compareTo(request.getTotal()) >= 0) {
                problems.add(new FieldProblem("amount", "budget.decision.amount.invalid"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return amount;
    }

    private static Decision mayChange(Actor actor, BudgetRequest request) {
        return actor.is(request.getRequesterId()) ? Decision.allow() : Decision.refuse("policy.budgets.requester-only");
    }

    private static String requiredReason(String reason, String field) {
        if (blank(reason)) {
            throw new InvalidInputException(List.of(new FieldProblem(field, "budget.decision.reason.required")));
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidInputException(List.of(new FieldProblem(field, "budget.text.long")));
        }
        return reason.strip();
    }

    /**
     * A request under the threshold waits for one Council reviewer: a task for one Council member free of any
     * conflict, the others watching it, so that whoever of them decides closes it.
     */
    private void councilDecisionTask(BudgetRequest request) {
        List<Long> deciders = deciders(request.getRequesterId(), request.getMentorId());
        if (deciders.isEmpty()) {
            return;
        }
        long duty = deciders.get((int) Math.floorMod(request.getId(), (long) deciders.size()));
        var watchers = new java.util.HashSet<>(deciders);
        watchers.remove(duty);
        publisher.publishEvent(new TaskRequested(TaskType.BUDGET_REVIEW,
                TaskTitle.of("budget.task.decide", eventName(request), people.get(request.getRequesterId()).getDisplayName()),
                request.getRequesterId(), duty, TaskPriority.MAJOR, LocalDate.now(clock).plusDays(7), decisionRef(request),
                watchers));
    }

    /** The active Council members who may decide on a request: neither its requester nor the requester's mentor. */
    List<Long> deciders(long requesterId, Long mentorId) {
        return people.activeWithRole(Role.COUNCIL).stream().map(org.repsportal.people.PersonSummary::id)
                .filter(c -> c != requesterId && !c.equals(mentorId)).toList();
    }

    static String decisionRef(long id) {
        return "budget:" + id + ":council-decision";
    }

    static String reviewRef(long id) {
        return "budget:" + id + ":mentor-review";
    }

    /** The Council decision's task of this round: a request passed on again after changes is a new piece of work. */
    static String decisionRef(BudgetRequest request) {
        return round(decisionRef(request.getId()), request, "PASSED_ON");
    }

    /** The review task of this round: a request filed again after changes is reviewed again, with a new task. */
    static String reviewRef(BudgetRequest request) {
        return round(reviewRef(request.getId()), request, "SUBMITTED");
    }

    private static String round(String ref, BudgetRequest request, String action) {
        long round = request.getHistory().stream().filter(h -> action.equals(h.action())).count();
        return round <= 1 ? ref : ref + ":" + round;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
