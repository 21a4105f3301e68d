package org.repsportal.notifications;

import java.time.Instant;

/** One line of the mail log; recipient and subject are null when the reader may not see them ({@link #withheld()}). */
record MailLogEntry(long id, Instant createdAt, MailCategory category, Long recipientId, String recipientName,
                           String recipientAddress, String subject, MailStatus status, int attempts) {

    public boolean withheld() {
        return recipientId == null;
    }
}
