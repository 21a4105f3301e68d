package org.repsportal.orientation;

import java.util.List;

/**
 * A mail orientation wants sent to one person (category: orientation), with its attachments such as a
 * calendar invitation. Published for the notifications outbox to send.
 */
public record OrientationMailRequested(long recipientId, String subject, String body, Long replyToPersonId,
                                       List<MailAttachment> attachments) {

    public OrientationMailRequested {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A file sent with the mail. */
    public record MailAttachment(String filename, String contentType, byte[] content) {
    }
}
