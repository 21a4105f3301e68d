package org.repsportal.notifications;

import java.util.List;

/** A mail of the outbox as the sender needs it, addresses resolved; no recipient id for mail to an applicant. */
record OutgoingMail(long id, MailCategory category, Long recipientId, String recipientAddress, String recipientName,
                    String replyToAddress, String replyToName, String subject, String body, int attempts,
                    List<Mail.Attachment> attachments) {

    boolean hasReplyTo() {
        return replyToAddress != null;
    }
}
