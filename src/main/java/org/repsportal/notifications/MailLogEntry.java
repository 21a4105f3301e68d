package org.repsportal.notifications;

import java.time.Instant;

/** One line of the mail log. */
record MailLogEntry(long id, Instant createdAt, MailCategory category, long recipientId, String recipientName,
                           String recipientAddress, String subject, MailStatus status, int attempts) {
}
