package org.repsportal.notifications;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One mail to one person, as a module asks for it. The subject is given without the category prefix, which
 * the outbox adds; {@code replyToPersonId}, when given, becomes the {@code Reply-To} (e.g. the mentor who wrote).
 * Mail a member wrote to another ({@link #writtenBy}) names its {@code senderId}, so that a recipient who is away
 * can answer with their auto-reply.
 *
 * <pre>{@code
 * outbox.queue(Mail.to(menteeId, MailCategory.MENTEE_MESSAGES, subject, body).replyTo(mentorId));
 * }</pre>
 */
public record Mail(MailCategory category, long recipientId, String subject, String body, Long replyToPersonId,
                   List<Attachment> attachments, Long senderId) {

    /** Longest subject kept; longer ones are shortened with an ellipsis. */
    public static final int MAX_SUBJECT_LENGTH = 250;

    public Mail {
        Objects.requireNonNull(category, "category");
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A mail needs a subject");
        }
        subject = oneLine(subject);
        body = body == null ? "" : body;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** Mail the portal writes itself. */
    public Mail(MailCategory category, long recipientId, String subject, String body, Long replyToPersonId,
                List<Attachment> attachments) {
        this(category, recipientId, subject, body, replyToPersonId, attachments, null);
    }

    public static Mail to(long recipientId, MailCategory category, String subject, String body) {
        return new Mail(category, recipientId, subject, body, null, List.of());
    }

    /** The same mail with replies going to the given person. */
    public Mail replyTo(long personId) {
        return new Mail(category, recipientId, subject, body, personId, attachments, senderId);
    }

    /** The same mail as written by a member to the recipient: replies go to them, and an away recipient's auto-reply too. */
    public Mail writtenBy(long personId) {
        return new Mail(category, recipientId, subject, body, personId, attachments, personId);
    }

    /** Whether a member wrote this to someone else (not a copy to themselves). */
    public boolean isFromAnotherMember() {
        return senderId != null && senderId != recipientId;
    }

    /** The same mail with one more attachment. */
    public Mail attach(Attachment attachment) {
        var more = new ArrayList<>(attachments);
        more.add(attachment);
        return new Mail(category, recipientId, subject, body, replyToPersonId, more, senderId);
    }

    /** The same mail for another person, e.g. a copy to the sender. */
    public Mail forRecipient(long otherRecipientId) {
        return new Mail(category, otherRecipientId, subject, body, replyToPersonId, attachments, senderId);
    }

    private static String oneLine(String subject) {
        String line = subject.replaceAll("[\\r\\n\\t]+", " ").strip();
        return line.length() <= MAX_SUBJECT_LENGTH ? line : line.substring(0, MAX_SUBJECT_LENGTH - 1) + "…";
    }

    /** A file sent with the mail, e.g. a calendar invitation ({@link #calendarInvitation}). */
    public record Attachment(String filename, String contentType, byte[] content) {

        public static final String CALENDAR_REQUEST = "text/calendar; method=REQUEST; charset=UTF-8";

        public Attachment {
            if (filename == null || filename.isBlank()) {
                throw new IllegalArgumentException("An attachment needs a file name");
            }
            filename = filename.replaceAll("[\\r\\n\"/\\\\]", "_").strip();
            Objects.requireNonNull(contentType, "contentType");
            content = Objects.requireNonNull(content, "content").clone();
        }

        /** An iCalendar invitation ({@code text/calendar; method=REQUEST}) that mail programs offer to accept. */
        public static Attachment calendarInvitation(String filename, String icalendar) {
            return new Attachment(filename, CALENDAR_REQUEST, icalendar.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Attachment a && filename.equals(a.filename) && contentType.equals(a.contentType)
                    && java.util.Arrays.equals(content, a.content);
        }

        @Override
        public int hashCode() {
            return Objects.hash(filename, contentType, java.util.Arrays.hashCode(content));
        }

        @Override
        public String toString() {
            return "Attachment[" + filename + ", " + contentType + ", " + content.length + " bytes]";
        }
    }
}
