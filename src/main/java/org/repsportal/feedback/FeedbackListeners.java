package org.repsportal.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.repsportal.notifications.Mail;
import org.repsportal.notifications.MailCategory;
import org.repsportal.notifications.Outbox;
import org.repsportal.people.Catalog;
import org.repsportal.people.People;
import org.repsportal.people.PersonErased;
import org.repsportal.people.PersonSummary;
import org.repsportal.people.Role;
import org.repsportal.platform.PortalLinks;
import org.repsportal.platform.Texts;
import org.repsportal.tasks.TaskPriority;
import org.repsportal.tasks.TaskRequested;
import org.repsportal.tasks.TaskType;
import org.repsportal.tasks.TaskWorkDone;
import org.repsportal.tasks.Tasks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What follows from feedback, after its transaction: its contacts each get a task (opened here, in this listener's
 * transaction) and a mail in their language;
 * when it is answered their tasks close and the sender (and the mentee it was forwarded for) get the answer by
 * mail. A mentee who asked not to be named is named in none of it.
 */
@Component
class FeedbackListeners {

    static final int MAX_TITLE = 200;

    private final FeedbackRepository feedback;
    private final AreaContacts contacts;
    private final People people;
    private final Catalog catalog;
    private final Outbox outbox;
    private final Texts texts;
    private final PortalLinks links;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final FeedbackProperties properties;
    private final java.time.Clock clock;
    private final Tasks tasks;

    FeedbackListeners(FeedbackRepository feedback, AreaContacts contacts, People people, Catalog catalog, Outbox outbox,
                      Texts texts, PortalLinks links, JdbcClient jdbc, ApplicationEventPublisher events,
                      FeedbackProperties properties, java.time.Clock clock, Tasks tasks) {
        this.tasks = tasks;
        this.feedback = feedback;
        this.contacts = contacts;
        this.people = people;
        this.catalog = catalog;
        this.outbox = outbox;
        this.texts = texts;
        this.links = links;
        this.jdbc = jdbc;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(FeedbackReceived received) {
        Feedback item = locked(received.feedbackId());
        if (item.getState() == FeedbackState.CLOSED) {
            return; // answered before its contacts were told: nothing is left for them to do
        }
        Set<Long> recipients = new LinkedHashSet<>(item.forLeadership()
                ? people.activeWithRole(Role.COUNCIL).stream().map(PersonSummary::id).toList()
                : contacts.of(item.getAreaCode()));
        recipients.remove(item.getSenderId());
        if (item.getMenteeId() != null) {
            recipients.remove(item.getMenteeId());
        }
        if (recipients.isEmpty()) {
            return;
        }
        Long shownMentee = item.menteeShownToContacts();
        var ids = new ArrayList<Long>(List.of(item.getSenderId()));
        if (shownMentee != null) {
            ids.add(shownMentee);
        }
        Map<Long, PersonSummary> names = people.summaries(ids);
        String sender = names.get(item.getSenderId()).displayName();
        String mentee = shownMentee == null ? null : names.get(shownMentee).displayName();
        String link = links.to("/feedback/" + item.getId());
        LocalDate due = LocalDate.now(clock).plusDays(Math.max(1, properties.answerWithin().toDays()));
        Long about = item.forwarded() ? shownMentee : Long.valueOf(item.getSenderId());
        Map<Long, Texts> in = texts.forPeople(recipients);
        var mails = new ArrayList<Mail>();
        for (long contact : recipients) {
            Texts t = in.get(contact);
            String to = recipient(item, t);
            jdbc.sql("insert into feedback_deliveries (feedback_id, person_id) values (?, ?) on conflict do nothing")
                    .param(item.getId()).param(contact).update();
            tasks.open(new TaskRequested(TaskType.FEEDBACK, shorten(t.get("feedback.task.title", to, item.getSubject())),
                    about, contact, TaskPriority.NORMAL, due, sourceRef(item.getId(), contact), Set.of()));
            String from = !item.forwarded() ? t.get("feedback.mail.received.from", sender, to)
                    : mentee != null ? t.get("feedback.mail.received.forwardedNamed", sender, mentee, to)
                    : t.get("feedback.mail.received.forwardedAnonymous", sender, to);
            mails.add(Mail.to(contact, MailCategory.FEEDBACK, t.get("feedback.mail.received.subject", to, item.getSubject()),
                    t.get("feedback.mail.received.body", from, item.getSubject(), link)));
        }
        outbox.queueAll(mails);
    }

    @ApplicationModuleListener
    void on(FeedbackClosed closed) {
        Feedback item = locked(closed.feedbackId());
        List<Long> delivered = jdbc.sql("select person_id from feedback_deliveries where feedback_id = ? order by person_id")
                .param(item.getId()).query(Long.class).list();
        Map<Long, PersonSummary> names = people.summaries(List.of(closed.closedBy()));
        String answeredBy = names.containsKey(closed.closedBy()) ? names.get(closed.closedBy()).displayName() : "";
        for (long contact : delivered) {
            events.publishEvent(new TaskWorkDone(sourceRef(item.getId(), contact), texts.get("feedback.task.closed", answeredBy)));
        }
        var told = new LinkedHashSet<Long>(List.of(item.getSenderId()));
        if (item.getMenteeId() != null) {
            told.add(item.getMenteeId());
        }
        String link = links.to("/feedback/" + item.getId());
        Map<Long, Texts> in = texts.forPeople(told);
        var mails = new ArrayList<Mail>();
        for (long person : told) {
            Texts t = in.get(person);
            mails.add(Mail.to(person, MailCategory.FEEDBACK, t.get("feedback.mail.answered.subject", item.getSubject()),
                    t.get("feedback.mail.answered.body", answeredBy, recipient(item, t), item.getSubject(), item.getAnswer(), link))
                    .replyTo(closed.closedBy()));
        }
        outbox.queueAll(mails);
    }

    /** An erased person is no area's contact any more (heard in the erasure's transaction). */
    @EventListener
    void on(PersonErased erased) {
        contacts.removeEverywhere(erased.personId());
    }

    /**
     * The feedback, its row locked until this listener's transaction ends: telling the contacts and closing their
     * tasks never interleave, so a task is opened either before its feedback's answer closes it or not at all.
     */
    private Feedback locked(long id) {
        jdbc.sql("select id from feedback where id = ? for update").param(id).query(Long.class).single();
        return feedback.findById(id).orElseThrow();
    }

    static String sourceRef(long feedbackId, long contactId) {
        return "feedback:" + feedbackId + ":" + contactId;
    }

    private String recipient(Feedback item, Texts t) {
        if (item.forLeadership()) {
            return t.get("feedback.to.leadership");
        }
        return catalog.functionalAreas().stream().filter(a -> a.code().equals(item.getAreaCode()))
                .map(Catalog.FunctionalArea::name).findFirst().orElse(item.getAreaCode());
    }

    private static String shorten(String title) {
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1) + "…";
    }
}
