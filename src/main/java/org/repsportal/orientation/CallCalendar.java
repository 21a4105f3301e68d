package org.repsportal.orientation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.repsportal.calendar.Invitation;
import org.repsportal.people.PersonCard;
import org.springframework.stereotype.Component;

/**
 * The iCalendar (RFC 5545) invitation to an orientation call: a {@code METHOD:REQUEST} calendar with the
 * call's VTIMEZONE, one VEVENT whose start and end carry that TZID, a UID stable for the call, the
 * organizing Council member and the invited mentor (written by {@link Invitation}).
 */
@Component
class CallCalendar {

    static final String CONTENT_TYPE = Invitation.REQUEST_TYPE;
    private static final String PRODUCT = "-//Reps Portal//Orientation calls//EN";

    private final OrientationProperties properties;

    CallCalendar(OrientationProperties properties) {
        this.properties = properties;
    }

    /** The UID every invitation to this call carries, so that calendars update rather than duplicate it. */
    String uid(OrientationCall call) {
        return uidOf(call.getId(), properties);
    }

    static String uidOf(long callId, OrientationProperties properties) {
        return "orientation-call-" + callId + "@" + properties.calendarDomain();
    }

    byte[] invitation(OrientationCall call, String summary, String description, PersonCard organizer, PersonCard attendee,
                      Instant stamp) {
        var organizing = organizer == null || organizer.email() == null
                ? new Invitation.Party(organizer == null ? null : organizer.displayName(), properties.organizerEmail())
                : new Invitation.Party(organizer.displayName(), organizer.email());
        var invitation = new Invitation(PRODUCT, uid(call), call.getSequence(), call.start(),
                Duration.between(call.start(), call.end()), summary, description, call.getLink(), call.getLink(), organizing,
                List.of(new Invitation.Party(attendee.displayName(), attendee.email())));
        return invitation.request(stamp).getBytes(StandardCharsets.UTF_8);
    }
}
