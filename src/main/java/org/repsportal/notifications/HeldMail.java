package org.repsportal.notifications;

import java.time.Instant;

/** A mail kept for its recipient's daily digest. */
record HeldMail(long id, MailCategory category, String subject, String body, String replyToName,
                String replyToAddress, Instant createdAt) {
}
