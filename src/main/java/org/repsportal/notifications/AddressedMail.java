package org.repsportal.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Mail to someone who is not (yet) a member of the program, e.g. an applicant or a referee: an address and a
 * name instead of a person. It cannot be digested or turned off; the outbox sends it as the next run goes.
 * {@code language} is the tag ({@code en}, {@code es}) the mail is written in, for its footer; none means the base language.
 */
public record AddressedMail(MailCategory category, String address, String name, String subject, String body,
                            List<Mail.Attachment> attachments, String language) {

    public AddressedMail {
        Objects.requireNonNull(category, "category");
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("An addressed mail needs an address");
        }
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A mail needs a subject");
        }
        subject = subject.replaceAll("[\\r\\n\\t]+", " ").strip();
        if (subject.length() > Mail.MAX_SUBJECT_LENGTH) {
            subject = subject.substring(0, Mail.MAX_SUBJECT_LENGTH - 1) + "…";
        }
        name = name == null || name.isBlank() ? address : name.strip();
        if (name.length() > 120) {
            name = name.substring(0, 119) + "…";
        }
        body = body == null ? "" : body;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public static AddressedMail to(String address, String name, MailCategory category, String subject, String body) {
        return new AddressedMail(category, address, name, subject, body, List.of(), null);
    }

    /** The same mail with one more attachment. */
    public AddressedMail attach(Mail.Attachment attachment) {
        var more = new ArrayList<>(attachments);
        more.add(attachment);
        return new AddressedMail(category, address, name, subject, body, more, language);
    }

    /** The same mail, written in the given language: its footer is written in it too. */
    public AddressedMail in(java.util.Locale written) {
        return new AddressedMail(category, address, name, subject, body, attachments,
                written == null ? null : written.getLanguage());
    }
}
