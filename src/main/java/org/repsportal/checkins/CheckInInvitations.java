package org.repsportal.checkins;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.repsportal.calendar.Invitation;
import org.repsportal.notifications.Mail;
import org.repsportal.notifications.MailCategory;
import org.repsportal.notifications.Outbox;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.platform.InputChecks;
import org.repsportal.platform.PortalLinks;
import org.repsportal.platform.Texts;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The mentee is told of each check-in their mentor plans, moves or cancels, in their language and at their time
 * (category: mentorship), with the iCalendar invitation: {@code METHOD:REQUEST} for a planned or moved one, the same
 * UID as in the calendar feeds with a SEQUENCE that rises with each change, {@code METHOD:CANCEL} for a cancelled one
 * (written by {@link Invitation}). The mail names no goals or notes: those stay in the portal.
 */
@Component
class CheckInInvitations {

    static final String PRODUCT = "-//Reps Portal//Check-ins//EN";
    static final String FILE = "checkin.ics";
    static final String CANCEL_FILE = "checkin-cancelled.ics";

    private final CheckInRepository checkIns;
    private final People people;
    private final Outbox outbox;
    private final Texts texts;
    private final PortalLinks links;
    private final Clock clock;

    CheckInInvitations(CheckInRepository checkIns, People people, Outbox outbox, Texts texts, PortalLinks links, Clock clock) {
        this.clock = clock;
        this.checkIns = checkIns;
        this.people = people;
        this.outbox = outbox;
        this.texts = texts;
        this.links = links;
    }

    /** The UID of the check-in in every calendar: its feed entry and its invitations. */
    static String uid(CheckIn checkIn) {
        return "checkin-" + checkIn.getUid() + "@reps-portal";
    }

    @ApplicationModuleListener
    void on(CheckInPlanned planned) {
        if (planned.takenOver()) {
            // the mentee's mail about the take-over carries the updated invitation (CheckInOffers)
            return;
        }
        checkIns.findById(planned.checkInId()).ifPresent(checkIn ->
                tell(checkIn, "checkin.mail.planned", checkIn.getScheduledAt(), null, checkIn.getSequence(), false));
    }

    @ApplicationModuleListener
    void on(CheckInMoved moved) {
        checkIns.findById(moved.checkInId()).ifPresent(checkIn ->
                tell(checkIn, "checkin.mail.moved", moved.scheduledAt(), moved.from(), moved.sequence(), false));
    }

    @ApplicationModuleListener
    void on(CheckInCancelled cancelled) {
        checkIns.findById(cancelled.checkInId()).ifPresent(checkIn ->
                tell(checkIn, "checkin.mail.cancelled", cancelled.scheduledAt(), null, cancelled.sequence(), true));
    }

    private void tell(CheckIn checkIn, String key, Instant at, Instant from, int sequence, boolean cancelled) {
        Person mentor = people.get(checkIn.getMentorId());
        Person mentee = people.get(checkIn.getMenteeId());
        Texts in = texts.forPerson(mentee.getId());
        String when = when(in, at, mentee);
        String link = links.to("/checkins/" + checkIn.getId());
        outbox.queue(Mail.to(mentee.getId(), MailCategory.MENTORSHIP, in.get(key + ".subject", mentor.getDisplayName(), when),
                        in.get(key + ".body", mentee.getDisplayName(), mentor.getDisplayName(), when,
                                from == null ? "" : when(in, from, mentee), link))
                .replyTo(mentor.getId())
                .attach(cancelled ? cancellation(checkIn, at, sequence, mentor, mentee, in)
                        : invitation(checkIn, at, sequence, mentor, mentee, in)));
    }

    /** The invitation (or its update) for the mentee, at the given time with the given sequence. */
    Mail.Attachment invitation(CheckIn checkIn, Instant at, int sequence, Person mentor, Person mentee, Texts in) {
        return Mail.Attachment.calendarInvitation(FILE, of(checkIn, at, sequence, mentor, mentee, in).request(clock.instant()));
    }

    /** The cancellation of the check-in's invitation. */
    Mail.Attachment cancellation(CheckIn checkIn, Instant at, int sequence, Person mentor, Person mentee, Texts in) {
        return new Mail.Attachment(CANCEL_FILE, Invitation.CANCEL_TYPE,
                of(checkIn, at, sequence, mentor, mentee, in).cancel(clock.instant()).getBytes(StandardCharsets.UTF_8));
    }

    private Invitation of(CheckIn checkIn, Instant at, int sequence, Person mentor, Person mentee, Texts in) {
        String link = links.to("/checkins/" + checkIn.getId());
        var organizer = new Invitation.Party(mentor.getDisplayName(), mentor.getEmail());
        return new Invitation(PRODUCT, uid(checkIn), sequence, at.atZone(ZoneId.of(checkIn.getTimeZone())),
                Duration.ofMinutes(checkIn.getDurationMin()), in.get("checkin.calendar.summary", mentor.getDisplayName()),
                in.get("checkin.calendar.description", link), null, link, organizer,
                List.of(organizer, new Invitation.Party(mentee.getDisplayName(), mentee.getEmail())));
    }

    /** The time in the mentee's own zone, in their language, the zone named. */
    static String when(Texts in, Instant at, Person person) {
        ZoneId zone = person.getTimeZone() == null ? ZoneId.of("UTC")
                : InputChecks.timeZone(person.getTimeZone()).orElse(ZoneId.of("UTC"));
        return DateTimeFormatter.ofPattern(in.get("format.dateTime.long"), in.locale()).format(at.atZone(zone))
                + " (" + zone.getId() + ")";
    }
}
