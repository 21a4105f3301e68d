package org.repsportal.notifications;

import jakarta.mail.internet.InternetAddress;
import org.repsportal.platform.PortalLinks;
import org.repsportal.platform.Texts;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.MimeMessagePreparator;
import org.springframework.stereotype.Component;

/**
 * Turns a mail of the outbox into a MIME message: the category's subject prefix, {@code List-Id} and
 * {@code X-Reps-Portal-Category} headers, the {@code Reply-To}, a footer saying how to change what mail one
 * gets (in the recipient's language), and the attachments.
 */
@Component
class MailComposer {

    static final String LIST_ID = "List-Id";
    static final String LIST_UNSUBSCRIBE = "List-Unsubscribe";
    static final String AUTO_SUBMITTED = "Auto-Submitted";

    private final PortalMailProperties properties;
    private final Texts texts;
    private final PortalLinks links;

    MailComposer(PortalMailProperties properties, Texts texts, PortalLinks links) {
        this.properties = properties;
        this.texts = texts;
        this.links = links;
    }

    MimeMessagePreparator compose(OutgoingMail mail) {
        return mime -> {
            MailCategory category = mail.category();
            var helper = new MimeMessageHelper(mime, !mail.attachments().isEmpty(), "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(new InternetAddress(mail.recipientAddress(), mail.recipientName(), "UTF-8"));
            if (mail.hasReplyTo()) {
                helper.setReplyTo(new InternetAddress(mail.replyToAddress(), mail.replyToName(), "UTF-8"));
            }
            helper.setSubject(subjectLine(category, mail.subject()));
            helper.setText(mail.body() + footer(category, mail.recipientId(), mail.language()));
            mime.setHeader(LIST_ID, "<" + category.listId(properties.listIdDomain()) + ">");
            mime.setHeader(MailCategory.HEADER, category.id());
            mime.setHeader(AUTO_SUBMITTED, "auto-generated");
            if (category.mayBeTurnedOff()) {
                mime.setHeader(LIST_UNSUBSCRIBE, "<" + settingsUrl() + ">");
            }
            for (Mail.Attachment attachment : mail.attachments()) {
                helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()),
                        attachment.contentType());
            }
        };
    }

    String subjectLine(MailCategory category, String subject) {
        return category.subjectPrefix(properties.portalName()) + " " + subject;
    }

    private String settingsUrl() {
        return links.to("/settings/notifications");
    }

    /**
     * The footer, category name included, in the recipient's language (one query); for someone outside the program
     * (an applicant) in the language the mail was written in.
     */
    private String footer(MailCategory category, Long recipientId, String language) {
        Texts texts = recipientId != null ? this.texts.forPerson(recipientId)
                : this.texts.in(language == null ? null : java.util.Locale.forLanguageTag(language));
        String name = texts.get("notifications.category." + category.name());
        String line = category.mayBeTurnedOff()
                ? texts.get("notifications.mail.footer", properties.portalName(), name, settingsUrl())
                : texts.get("notifications.mail.footer.always", properties.portalName(), name);
        return "\n\n-- \n" + line + "\n";
    }
}
