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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
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
    private final MessageSource messages;
    private final String portalUrl;

    CouncilMail(Outbox outbox, People people, MessageSource messages, @Value("${portal.mail.portal-url}") String portalUrl) {
        this.outbox = outbox;
        this.people = people;
        this.messages = messages;
        this.portalUrl = portalUrl;
    }

    /** Every Council member hears of a new concern, except the person concerned and the reporter. */
    void concernRaised(Concern concern) {
        String link = portalUrl + "/concerns/" + concern.getId();
        var mails = new ArrayList<Mail>();
        for (PersonSummary member : people.activeWithRole(Role.COUNCIL)) {
            if (!concern.isAbout(member.id()) && member.id() != concern.getReporterId()) {
                mails.add(Mail.to(member.id(), MailCategory.COUNCIL, text("council.mail.raised.subject"),
                        text("council.mail.raised.body", link)));
            }
        }
        if (concern.getInvolvedMentorId() != null) {
            mails.add(Mail.to(concern.getInvolvedMentorId(), MailCategory.COUNCIL, text("council.mail.involved.subject"),
                    text("council.mail.involved.body", link)).replyTo(concern.getReporterId()));
        }
        outbox.queueAll(mails);
    }

    void concernAcknowledged(Concern concern) {
        outbox.queue(Mail.to(concern.getReporterId(), MailCategory.COUNCIL, text("council.mail.acknowledged.subject"),
                text("council.mail.acknowledged.body", portalUrl + "/concerns/" + concern.getId())));
    }

    void concernResolved(Concern concern) {
        outbox.queue(Mail.to(concern.getReporterId(), MailCategory.COUNCIL, text("council.mail.resolved.subject"),
                text("council.mail.resolved.body", portalUrl + "/concerns/" + concern.getId())));
    }

    /** The Council hears of a nomination (without the nominee's name: a link to the pipeline). */
    void nominationReceived(Nomination nomination) {
        String link = portalUrl + "/council/nominations/" + nomination.getId();
        var mails = new ArrayList<Mail>();
        for (PersonSummary member : people.activeWithRole(Role.COUNCIL)) {
            if (member.id() != nomination.getNomineeId() && member.id() != nomination.getNominatedBy()) {
                mails.add(Mail.to(member.id(), MailCategory.COUNCIL, text("council.mail.nominated.subject"),
                        text("council.mail.nominated.body", link)));
            }
        }
        outbox.queueAll(mails);
    }

    /** The nominee learns of their nomination, when the Council decides to tell them. */
    void tellNominee(Nomination nomination, String mentorName, long toldBy) {
        outbox.queue(Mail.to(nomination.getNomineeId(), MailCategory.COUNCIL, text("council.mail.nominee.subject"),
                text("council.mail.nominee.body", mentorName)).replyTo(toldBy));
    }

    /** Followers of a thread hear of a new reply, except its author. */
    void boardReply(BoardThread thread, String authorName, List<Long> followers) {
        String link = portalUrl + "/board/" + thread.getId();
        outbox.queueAll(followers.stream()
                .map(id -> Mail.to(id, MailCategory.MENTORS_BOARD, text("board.mail.reply.subject", thread.getTitle()),
                        text("board.mail.reply.body", authorName, thread.getTitle(), link)))
                .toList());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LOCALE);
    }
}
