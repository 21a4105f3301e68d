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
import org.springframework.stereotype.Component;

/**
 * The mail about concerns, queued in the transaction of the change that causes it. Mail about a
 * concern never carries its content — only a link into the portal, where the visibility policy applies —
 * because mail leaves the portal and the mail log is read by Admins.
 */
@Component
class ConcernMail {

    private final Outbox outbox;
    private final People people;
    private final Texts texts;
    private final PortalLinks links;

    ConcernMail(Outbox outbox, People people, Texts texts, PortalLinks links) {
        this.outbox = outbox;
        this.people = people;
        this.texts = texts;
        this.links = links;
    }

    /** Every Council member hears of a new concern, except the person concerned and the reporter. */
    void concernRaised(Concern concern) {
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

    void concernAcknowledged(Concern concern) {
        Texts texts = this.texts.forPerson(concern.getReporterId());
        outbox.queue(Mail.to(concern.getReporterId(), MailCategory.COUNCIL, texts.get("council.mail.acknowledged.subject"),
                texts.get("council.mail.acknowledged.body", links.to("/concerns/" + concern.getId()))));
    }

    void concernResolved(Concern concern) {
        Texts texts = this.texts.forPerson(concern.getReporterId());
        outbox.queue(Mail.to(concern.getReporterId(), MailCategory.COUNCIL, texts.get("council.mail.resolved.subject"),
                texts.get("council.mail.resolved.body", links.to("/concerns/" + concern.getId()))));
    }

}
