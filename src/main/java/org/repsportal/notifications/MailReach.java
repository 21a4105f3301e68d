package org.repsportal.notifications;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Whom a mail members write to each other through the portal reaches, as the outbox decided when it queued it:
 * how many people it was written to, who of them will not get it and why ({@link DeliveryPolicy}), and who will
 * get it while away (their auto-reply goes to the sender). The page after sending tells the sender.
 */
public record MailReach(int recipients, List<Missed> missed, List<Away> away) implements Serializable {

    /** Why a recipient will not get a mail. */
    public enum Reason {
        /** They turned this category of mail off in their settings. */
        TURNED_OFF,
        /** Their account is deactivated: account mail only. */
        DEACTIVATED,
        /** They left the program: mail from members no longer reaches them. */
        ALUMNI,
        /** They were erased: no mail reaches them. */
        ERASED
    }

    /** A recipient who will not get the mail. */
    public record Missed(long personId, String name, Reason reason) implements Serializable {
    }

    /** A recipient who gets the mail while away, until the given day. */
    public record Away(long personId, String name, LocalDate until) implements Serializable {
    }

    public MailReach {
        missed = List.copyOf(missed);
        away = List.copyOf(away);
    }

    static final MailReach NOBODY = new MailReach(0, List.of(), List.of());

    /** How many of the recipients will get the mail. */
    public int reached() {
        return recipients - missed.size();
    }

    /** Whether there is something to tell the sender: someone will not get the mail, or is away. */
    public boolean worthTelling() {
        return !missed.isEmpty() || !away.isEmpty();
    }
}
