package org.repsportal.notifications;

/**
 * Where a mail of the outbox is: waiting to be sent (or retried), held for the daily digest, sent, kept in the
 * mail log because no SMTP server is configured, given up after its last attempt, or bundled into a digest.
 */
enum MailStatus {
    QUEUED, HELD_FOR_DIGEST, SENT, LOGGED, FAILED, BUNDLED
}
