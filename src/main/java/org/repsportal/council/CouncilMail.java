package org.repsportal.council;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.repsportal.notifications.Mail;
import org.repsportal.notifications.MailCategory;
import org.repsportal.notifications.Outbox;
import org.repsportal.people.People;
import org.repsportal.people.PersonSummary;
import org.repsportal.people.Role;
import org.repsportal.platform.Texts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The mail of the council module, queued in the transaction of the change that causes it. Mail about a
 * concern never carries its content — only a link into the portal, where the visibility policy applies —
 * because mail leaves the portal and the mail log is read by Admins.
 */
@Component
class CouncilMail {

    private static final Locale LOCALE = Locale.ENGLISH;

    private final Outbox outbox;
    private final People people;
    private final Texts texts;
    private final String portalUrl;

    CouncilMail(Outbox outbox, People people, Texts texts, @Value("${portal.mail.portal-url}") String portalUrl) {
        this.outbox = outbox;
        this.people = people;
        this.texts = texts;
        this.portalUrl = portalUrl;
    }

    /** Every Council member hears of a new concern, except the person concerned and the reporter. */
    void concernRaised(Concern concern) {
        String link = portalUrl + "/concerns/" + concern.getId();
        var mails = new ArrayList<Mail>();
        for (PersonSummary member : people.activeWithRole(Role.COUNCIL)) {
            if (!concern.isAbout(member.id()) && member.id() != concern.getReporterId()) {
                mails.add(Mail.to(member.id(), MailCategory.COUNCIL, texts.get("council.mail.raised.subject"),
                        texts.get("council.mail.raised.body", link)));
            }
        }
        if (concern.getInvolvedMentorId() != null) {
            mails.add(Mail.to(concern.getInvolvedMentorId(), MailCategory.COUNCIL, texts.get("council.mail.involved.subject"),
                    texts.get("council.mail.involved.body", link)).replyTo(concern.getReporterId()));
        }
        outbox.queueAll(mails);
    }

    void concernAcknowledged(Concern concern) {
        outbox.queue(Mail.to(concern.getReporterId(), MailCategory.COUNCIL, texts.get("council.mail.acknowledged.subject"),
                texts.get("council.mail.acknowledged.body", portalUrl + "/concerns/" + concern.getId())));
    }

    void concernResolved(Concern concern) {
        outbox.queue(Mail.to(concern.getReporterId(), MailCategory.COUNCIL, texts.get("council.mail.resolved.subject"),
                texts.get("council.mail.resolved.body", portalUrl + "/concerns/" + concern.getId())));
    }

    /** The Council hears of a nomination (without the nominee's name: a link to the pipeline). */
    void nominationReceived(Nomination nomination) {
        String link = portalUrl + "/council/nominations/" + nomination.getId();
        var mails = new ArrayList<Mail>();
        for (PersonSummary member : people.activeWithRole(Role.COUNCIL)) {
            if (member.id() != nomination.getNomineeId() && member.id() != nomination.getNominatedBy()) {
                mails.add(Mail.to(member.id(), MailCategory.COUNCIL, texts.get("council.mail.nominated.subject"),
                        texts.get("council.mail.nominated.body", link)));
            }
        }
        outbox.queueAll(mails);
    }

    /** The nominee learns of their nomination, when the Council decides to tell them. */
    void tellNominee(Nomination nomination, String mentorName, long toldBy) {
        outbox.queue(Mail.to(nomination.getNomineeId(), MailCategory.COUNCIL, texts.get("council.mail.nominee.subject"),
                texts.get("council.mail.nominee.body", mentorName)).replyTo(toldBy));
    }

    /** Followers of a thread hear of a new reply, except its author. */
    void boardReply(BoardThread thread, long authorId, String authorName, List<Long> followers) {
        String link = portalUrl + "/board/" + thread.getId();
        outbox.queueAll(followers.stream()
                .map(id -> Mail.to(id, MailCategory.MENTORS_BOARD, texts.get("board.mail.reply.subject", thread.getTitle()),
                        texts.get("board.mail.reply.body", authorName, thread.getTitle(), link)).writtenBy(authorId))
                .toList());
    }

}
