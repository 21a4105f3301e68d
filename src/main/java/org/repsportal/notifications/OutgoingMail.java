package org.repsportal.notifications;

import java.util.List;

/**
 * A mail of the outbox as the sender needs it, addresses resolved; no recipient id for mail to an applicant, whose
 * mail may say the language it is written in instead.
 */
record OutgoingMail(long id, MailCategory category, Long recipientId, String recipientAddress, String recipientName,
                    String replyToAddress, String replyToName, String subject, String body, int attempts,
                    List<Mail.Attachment> attachments, String language) {

    OutgoingMail(long id, MailCategory category, Long recipientId, String recipientAddress, String recipientName,
                 String replyToAddress, String replyToName, String subject, String body, int attempts,
                 List<Mail.Attachment> attachments) {
        this(id, category, recipientId, recipientAddress, recipientName, replyToAddress, replyToName, subject, body,
                attempts, attachments, null);
    }

    boolean hasReplyTo() {
        return replyToAddress != null;
    }
}
