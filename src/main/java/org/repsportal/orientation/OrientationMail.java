package org.repsportal.orientation;

import java.util.List;

import org.repsportal.notifications.Mail;
import org.repsportal.notifications.MailCategory;
import org.repsportal.notifications.Outbox;
import org.repsportal.people.PersonCard;
import org.repsportal.platform.Texts;
import org.springframework.stereotype.Component;

/**
 * The mail orientation sends, written from the message bundle: the invitation to a call (with its
 * iCalendar attachment) and the Council's decision on a nomination, queued in the notifications outbox
 * (category: orientation).
 */
@Component
class OrientationMail {

    static final String INVITATION_FILE = "invite.ics";

    private final Texts texts;
    private final Outbox outbox;

    OrientationMail(Texts texts, Outbox outbox) {
        this.texts = texts;
        this.outbox = outbox;
    }

    void callInvitation(OrientationCall call, PersonCard invitee, PersonCard organizer, byte[] ics) {
        Texts texts = this.texts.forPerson(invitee.id());
        String kind = texts.get("orientation.call.kind." + call.getKind());
        String when = texts.at(call.start().toInstant(), call.getTimeZone());
        String notes = call.getNotes() == null ? "" : call.getNotes();
        send(new Mail(MailCategory.ORIENTATION, invitee.id(),
                texts.get("mail.orientation.call.subject", kind, when),
                texts.get("mail.orientation.call.body", invitee.displayName(), texts.get("orientation.call.kind.lower." + call.getKind()), when,
                        call.getDurationMinutes(), call.getLink(), notes, organizer == null ? "" : organizer.displayName()),
                organizer == null ? null : organizer.id(),
                List.of(new Mail.Attachment(INVITATION_FILE, CallCalendar.CONTENT_TYPE, ics))));
    }

    void appointed(Orientation orientation, PersonCard person, long councilMemberId) {
        Texts texts = this.texts.forPerson(person.id());
        send(new Mail(MailCategory.ORIENTATION, person.id(), texts.get("mail.orientation.appointed.subject"),
                texts.get("mail.orientation.appointed.body", person.displayName()), councilMemberId, List.of()));
    }

    void declined(Orientation orientation, PersonCard person, long councilMemberId) {
        Texts texts = this.texts.forPerson(person.id());
        send(new Mail(MailCategory.ORIENTATION, person.id(), texts.get("mail.orientation.declined.subject"),
                texts.get("mail.orientation.declined.body", person.displayName(), orientation.getDeclineReason()),
                councilMemberId, List.of()));
    }

    /** Every mail of the module leaves through here (category: orientation). */
    private void send(Mail mail) {
        outbox.queue(mail);
    }

}
