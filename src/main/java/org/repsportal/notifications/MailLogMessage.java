package org.repsportal.notifications;

import java.time.Instant;
import java.util.List;

/**
 * One mail of the log in full, as it was or will be sent. Subject, recipient, reply-to, last error and body
 * are null when the reader may not see them ({@link #bodyWithheld()}): Council and board mail are confidential.
 */
record MailLogMessage(long id, Instant createdAt, MailCategory category, String listId, String subjectLine,
                             Long recipientId, String recipientName, String recipientAddress, String replyToName,
                             String replyToAddress, MailStatus status, int attempts, Instant nextAttemptAt,
                             Instant lastAttemptAt, Instant processedAt, String lastError, Long digestId,
                             String body, List<AttachmentInfo> attachments) {

    public boolean bodyWithheld() {
        return body == null;
    }

    /** An attachment's name, type and size. */
    public record AttachmentInfo(String filename, String contentType, int size) {
    }
}
