package org.repsportal.notifications;

import java.time.Instant;
import java.util.List;

import org.repsportal.people.Person;

/**
 * A row about to be written to the outbox; mail to an address outside the program has no recipient id, and may say
 * the language it is written in (members' mail follows their profile).
 */
record NewMessage(MailCategory category, Long recipientId, String recipientAddress, String recipientName,
                  Long replyToPersonId, String replyToAddress, String replyToName, String subject, String body,
                  MailStatus status, Instant createdAt, List<Mail.Attachment> attachments, String language) {

    NewMessage(MailCategory category, Long recipientId, String recipientAddress, String recipientName,
               Long replyToPersonId, String replyToAddress, String replyToName, String subject, String body,
               MailStatus status, Instant createdAt, List<Mail.Attachment> attachments) {
        this(category, recipientId, recipientAddress, recipientName, replyToPersonId, replyToAddress, replyToName, subject,
                body, status, createdAt, attachments, null);
    }

    static NewMessage of(Mail mail, Person recipient, Person replyTo, MailStatus status, Instant now) {
        return new NewMessage(mail.category(), recipient.getId(), recipient.getEmail(), recipient.getDisplayName(),
                replyTo == null ? null : replyTo.getId(),
                replyTo == null ? null : replyTo.getEmail(),
                replyTo == null ? null : replyTo.getDisplayName(),
                mail.subject(), mail.body(), status, now, mail.attachments());
    }

    /** Queued mail may go out from now on; held mail waits for the digest. */
    Instant firstAttemptAt() {
        return status == MailStatus.QUEUED ? createdAt : null;
    }
}
