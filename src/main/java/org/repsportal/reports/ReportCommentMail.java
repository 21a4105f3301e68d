package org.repsportal.reports;

import java.util.Locale;

import org.repsportal.notifications.Mail;
import org.repsportal.notifications.MailCategory;
import org.repsportal.notifications.Outbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the owner of a report that someone commented on it. */
@Component
class ReportCommentMail {

    private final Outbox outbox;
    private final MessageSource messages;
    private final String portalUrl;

    ReportCommentMail(Outbox outbox, MessageSource messages, @Value("${portal.mail.portal-url}") String portalUrl) {
        this.portalUrl = portalUrl;
        this.outbox = outbox;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(ReportCommented comment) {
        outbox.queue(Mail.to(comment.ownerId(), MailCategory.MENTEE_ACTIVITY,
                messages.getMessage("report.comment.mail.subject", new Object[] {comment.authorName()}, Locale.ENGLISH),
                messages.getMessage("report.comment.mail.body",
                        new Object[] {comment.authorName(), comment.comment(), portalUrl + "/reports/" + comment.reportId()}, Locale.ENGLISH))
                .replyTo(comment.authorId()));
    }
}
