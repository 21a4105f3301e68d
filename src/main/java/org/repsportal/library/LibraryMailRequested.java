package org.repsportal.library;

/**
 * A mail the library wants sent to one person (for now published as an event; the notifications
 * outbox sends it).
 */
public record LibraryMailRequested(long recipientId, String subject, String body, Long replyToPersonId) {
}
