package org.repsportal.concerns;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.repsportal.notifications.Mail;
import org.repsportal.notifications.MailCategory;
import org.repsportal.notifications.Outbox;
import org.repsportal.people.People;
import org.repsportal.people.PersonSummary;
import org.repsportal.people.Role;
import org.repsportal.platform.PortalLinks;
import org.repsportal.platform.Texts;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The mail about concerns, queued in the transaction of the change that causes it (the listeners run as the
 * event is published). Mail about a
 * concern never carries its content — only a link into the portal, where the visibility policy applies —
 * because mail leaves the portal and the mail log is read by Admins.
 */
@Component
class ConcernMail {

    private final Outbox outbox;
    private final People people;
    private final Texts texts;
    private final PortalLinks links;
    private final ConcernRepository concerns;

    ConcernMail(Outbox outbox, People people, Texts texts, PortalLinks links, ConcernRepository concerns) {
        this.outbox = outbox;
        this.concerns = concerns;
        this.people = people;
        this.texts = texts;
        this.links = links;
    }

    /** Every Council member hears of a new concern, except the person concerned and the reporter. */
    @EventListener
    void on(ConcernRaised raised) {
        Concern concern = concerns.findById(raised.concernId()).orElseThrow();
        String link = links.to("/concerns/" + concern.getId());
        var mails = new ArrayList<Mail>();
        List<PersonSummary> council = people.activeWithRole(Role.COUNCIL);
        var recipients = new ArrayList<Long>(council.stream().map(PersonSummary::id).toList());
        if (concern.getInvolvedMentorId() != null) {
            recipients.add(concern.getInvolvedMentorId());
        }
        Map<Long, Texts> in = texts.forPeople(recipients);
        for (PersonSummary member : council) {
            if (!concern.isAbout(member.id()) && member.id() != concern.getReporterId()) {
                Texts texts = in.get(member.id());
                mails.add(Mail.to(member.id(), MailCategory.COUNCIL, texts.get("council.mail.raised.subject"),
                        texts.get("council.mail.raised.body", link)));
            }
        }
        if (concern.getInvolvedMentorId() != null) {
            Texts texts = in.get(concern.getInvolvedMentorId());
            mails.add(Mail.to(concern.getInvolvedMentorId(), MailCategory.COUNCIL, texts.get("council.mail.involved.subject"),
                    texts.get("council.mail.involved.body", link)).replyTo(concern.getReporterId()));
        }
        outbox.queueAll(mails);
    }

    /** The reporter hears that the Council has seen their concern. */
    @EventListener
    void on(ConcernAcknowledged acknowledged) {
        Concern concern = concerns.findById(acknowledged.concernId()).orElseThrow();
        Texts texts = this.texts.forPerson(concern.getReporterId());
        outbox.queue(Mail.to(concern.getReporterId(), MailCategory.COUNCIL, texts.get("council.mail.acknowledged.subject"),
                texts.get("council.mail.acknowledged.body", links.to("/concerns/" + concern.getId()))));
    }

    /** The reporter hears that the concern is resolved. */
    @EventListener
    void on(ConcernResolved resolved) {
        Concern concern = concerns.findById(resolved.concernId()).orElseThrow();
        Texts texts = this.texts.forPerson(concern.getReporterId());
        outbox.queue(Mail.to(concern.getReporterId(), MailCategory.COUNCIL, texts.get("council.mail.resolved.subject"),
                texts.get("council.mail.resolved.body", links.to("/concerns/" + concern.getId()))));
    }

}
