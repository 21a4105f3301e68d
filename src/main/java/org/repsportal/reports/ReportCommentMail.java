package org.repsportal.reports;

import org.repsportal.notifications.Mail;
import org.repsportal.notifications.MailCategory;
import org.repsportal.notifications.Outbox;
import org.repsportal.platform.PortalLinks;
import org.repsportal.platform.Texts;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the owner of a report that someone commented on it. */
@Component
class ReportCommentMail {

    private final Outbox outbox;
    private final Texts texts;
    private final PortalLinks links;

    ReportCommentMail(Outbox outbox, Texts texts, PortalLinks links) {
        this.links = links;
        this.outbox = outbox;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void on(ReportCommented comment) {
        Texts texts = this.texts.forPerson(comment.ownerId());
        outbox.queue(Mail.to(comment.ownerId(), MailCategory.MENTEE_ACTIVITY,
                texts.get("report.comment.mail.subject", comment.authorName()),
                texts.get("report.comment.mail.body", comment.authorName(), comment.comment(), links.to("/reports/" + comment.reportId())))
                .writtenBy(comment.authorId()));
    }
}
