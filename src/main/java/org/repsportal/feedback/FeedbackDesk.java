package org.repsportal.feedback;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.repsportal.mentorship.Mentorships;
import org.repsportal.people.Actor;
import org.repsportal.people.Catalog;
import org.repsportal.people.People;
import org.repsportal.people.PersonStatus;
import org.repsportal.people.PersonSummary;
import org.repsportal.platform.CommentText;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.NotFoundException;
import org.repsportal.platform.PageResult;
import org.repsportal.platform.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback that matters to a functional area or to the leadership reaches its contacts: members send it, mentors
 * forward a mentee's (naming them or not, as the mentee chose), the contacts acknowledge and answer it, and the
 * sender follows its state. Who may read and act is decided here, for pages and API alike.
 */
@Service
@Transactional
public class FeedbackDesk {

    /** The recipient that stands for the leadership (the Council) instead of a functional area. */
    public static final String LEADERSHIP = "LEADERSHIP";
    static final int MAX_SUBJECT = 200;

    private final FeedbackRepository feedback;
    private final FeedbackQueries queries;
    private final AreaContacts contacts;
    private final Catalog catalog;
    private final People people;
    private final Mentorships mentorships;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FeedbackDesk(FeedbackRepository feedback, FeedbackQueries queries, AreaContacts contacts, Catalog catalog, People people,
                 Mentorships mentorships, ApplicationEventPublisher events, Clock clock) {
        this.feedback = feedback;
        this.queries = queries;
        this.contacts = contacts;
        this.catalog = catalog;
        this.people = people;
        this.mentorships = mentorships;
        this.events = events;
        this.clock = clock;
    }

    /** Sends the feedback to its contacts (a task and a mail each, after the commit); returns its id. */
    public long send(Actor actor, NewFeedback request) {
        var problems = new ArrayList<FieldProblem>();
        String to = request.to() == null ? "" : request.to().strip();
        if (to.isEmpty()) {
            problems.add(new FieldProblem("to", "feedback.to.required"));
        } else if (!to.equals(LEADERSHIP) && !catalog.isFunctionalArea(to)) {
            problems.add(new FieldProblem("to", "feedback.to.unknown"));
        }
        String subject = request.subject() == null ? "" : request.subject().strip();
        if (subject.isEmpty()) {
            problems.add(new FieldProblem("subject", "feedback.subject.required"));
        } else if (subject.length() > MAX_SUBJECT) {
            problems.add(new FieldProblem("subject", "feedback.subject.long"));
        }
        String text = null;
        try {
            text = CommentText.of("text", request.text(), "feedback.text.required", "feedback.text.long");
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (request.menteeId() != null) {
            FeedbackPolicy.mayForwardFor(actor, mentorships.currentMentorOf(request.menteeId())).orForbid();
            if (request.menteeNamed() == null) {
                problems.add(new FieldProblem("menteeNamed", "feedback.menteeNamed.required"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String area = to.equals(LEADERSHIP) ? null : to;
        if (area != null && !contacts.areasWithContacts().contains(area)) {
            throw new InvalidInputException(List.of(new FieldProblem("to", "feedback.to.noContacts")));
        }
        Feedback sent = feedback.save(new Feedback(actor.personId(), request.menteeId(), Boolean.TRUE.equals(request.menteeNamed()),
                area, subject, text, clock.instant()));
        events.publishEvent(sent.received());
        return sent.getId();
    }

    /** Where feedback may be sent: the leadership and each area with a contact, by name. */
    @Transactional(readOnly = true)
    public List<Catalog.FunctionalArea> areasWithContacts() {
        Set<String> open = contacts.areasWithContacts();
        return catalog.functionalAreas().stream().filter(a -> open.contains(a.code())).toList();
    }

    /** What the actor sent, and what their mentor forwarded for them, newest first. */
    @Transactional(readOnly = true)
    PageResult<FeedbackSummary> mine(Actor actor, int page, int size) {
        return queries.mine(actor.personId(), page, size);
    }

    /** What was sent to the actor's areas (and to the leadership, for the Council), newest first. */
    @Transactional(readOnly = true)
    PageResult<FeedbackSummary> inbox(Actor actor, FeedbackState state, int page, int size) {
        FeedbackPolicy.mayReadInbox(actor, contacts.areasOf(actor.personId())).orForbid();
        return queries.inbox(actor.personId(), actor.has(org.repsportal.people.Role.COUNCIL), state, page, size);
    }

    /** Whether the actor has an inbox: on the Council, or a contact of an area. */
    @Transactional(readOnly = true)
    boolean hasInbox(Actor actor) {
        return FeedbackPolicy.mayReadInbox(actor, contacts.areasOf(actor.personId())).allowed();
    }

    /** One feedback as the actor may see it; anyone but its sender, its mentee and its contacts gets not found. */
    @Transactional(readOnly = true)
    FeedbackView open(Actor actor, long id) {
        Set<String> areas = contacts.areasOf(actor.personId());
        Feedback item = readable(actor, id, areas);
        boolean own = actor.is(item.getSenderId()) || item.getMenteeId() != null && actor.is(item.getMenteeId());
        boolean asContact = FeedbackPolicy.isContact(actor, item, areas);
        Long mentee = own ? item.getMenteeId() : item.menteeShownToContacts();
        var ids = new HashSet<Long>();
        ids.add(item.getSenderId());
        if (mentee != null) {
            ids.add(mentee);
        }
        if (item.getAcknowledgedBy() != null) {
            ids.add(item.getAcknowledgedBy());
        }
        if (item.getClosedBy() != null) {
            ids.add(item.getClosedBy());
        }
        Map<Long, PersonSummary> names = people.summaries(ids);
        return new FeedbackView(item.getId(), item.getAreaCode(), item.getSubject(), item.getBody(), item.getState(),
                item.getReceivedAt(), item.getSenderId(), name(names, item.getSenderId()), item.forwarded(),
                own ? item.isMenteeNamed() : mentee != null, mentee, mentee == null ? null : name(names, mentee),
                item.getAcknowledgedAt(), name(names, item.getAcknowledgedBy()), item.getClosedAt(), name(names, item.getClosedBy()),
                item.getAnswer(), asContact, FeedbackPolicy.mayAnswer(actor, item, areas).allowed());
    }

    /** A contact acknowledges the feedback: they read it and will answer. */
    public void acknowledge(Actor actor, long id) {
        Set<String> areas = contacts.areasOf(actor.personId());
        Feedback item = readable(actor, id, areas);
        FeedbackPolicy.mayAnswer(actor, item, areas).orForbid();
        item.acknowledge(actor.personId(), clock.instant());
        feedback.save(item);
    }

    /** A contact answers the acknowledged feedback and closes it; the sender hears of the answer. */
    public void close(Actor actor, long id, String answer) {
        Set<String> areas = contacts.areasOf(actor.personId());
        Feedback item = readable(actor, id, areas);
        FeedbackPolicy.mayAnswer(actor, item, areas).orForbid();
        String text = CommentText.of("answer", answer, "feedback.answer.required", "feedback.answer.long");
        events.publishEvent(item.close(actor.personId(), text, clock.instant()));
        feedback.save(item);
    }

    /** Every area's contacts, for the Admins' page. */
    @Transactional(readOnly = true)
    Map<String, List<AreaContacts.Contact>> contacts(Actor actor) {
        FeedbackPolicy.mayManageContacts(actor).orForbid();
        return contacts.all();
    }

    /** An Admin makes an active member a contact of an area. */
    public void addContact(Actor actor, String areaCode, Long personId) {
        FeedbackPolicy.mayManageContacts(actor).orForbid();
        var problems = new ArrayList<FieldProblem>();
        if (areaCode == null || !catalog.isFunctionalArea(areaCode)) {
            problems.add(new FieldProblem("area", "feedback.contacts.area.unknown"));
        }
        if (personId == null || people.find(personId).filter(p -> p.getStatus() == PersonStatus.ACTIVE).isEmpty()) {
            problems.add(new FieldProblem("personId", "feedback.contacts.person.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!contacts.add(areaCode, personId, actor.personId(), clock.instant())) {
            throw new RuleViolationException("feedback.contacts.already");
        }
    }

    /** An Admin removes a contact of an area. */
    public void removeContact(Actor actor, String areaCode, Long personId) {
        FeedbackPolicy.mayManageContacts(actor).orForbid();
        if (areaCode == null || personId == null) {
            throw new InvalidInputException(List.of(new FieldProblem(areaCode == null ? "area" : "personId",
                    areaCode == null ? "feedback.contacts.area.unknown" : "feedback.contacts.person.unknown")));
        }
        if (!contacts.remove(areaCode, personId)) {
            throw new NotFoundException("Contact", areaCode + "/" + personId);
        }
    }

    /** The feedback, when the actor may read it; otherwise it is answered as not found. */
    private Feedback readable(Actor actor, long id, Set<String> areas) {
        Feedback item = feedback.findById(id).orElseThrow(() -> new NotFoundException("Feedback", id));
        if (FeedbackPolicy.mayRead(actor, item, areas).refused()) {
            throw new NotFoundException("Feedback", id);
        }
        return item;
    }

    private static String name(Map<Long, PersonSummary> names, Long id) {
        if (id == null) {
            return null;
        }
        PersonSummary summary = names.get(id);
        return summary == null ? null : summary.displayName();
    }
}
