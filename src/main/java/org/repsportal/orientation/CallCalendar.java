package org.repsportal.orientation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.repsportal.people.PersonCard;
import org.springframework.stereotype.Component;

/**
 * The iCalendar (RFC 5545) invitation to an orientation call: a {@code METHOD:REQUEST} calendar with the
 * call's VTIMEZONE, one VEVENT whose start and end carry that TZID, a UID stable for the call, the
 * organizing Council member and the invited mentor.
 */
@Component
class CallCalendar {

    static final String CONTENT_TYPE = "text/calendar; method=REQUEST; charset=UTF-8";
    private static final String PRODUCT = "-//Reps Portal//Orientation calls//EN";

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
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
        TimeZone zone = zones.getTimeZone(call.getTimeZone());
        VEvent event = new VEvent(false);
        if (zone != null) {
            // local times of the call's zone (from java.time's rules) with its TZID; the VTIMEZONE below defines it
            event.add(new DtStart<>(tzid(call), call.start().toLocalDateTime()));
            event.add(new DtEnd<>(tzid(call), call.end().toLocalDateTime()));
        } else {
            // a zone without a VTIMEZONE definition: the times go out in UTC, which every calendar reads
            event.add(new DtStart<>(call.getStartsAt()));
            event.add(new DtEnd<>(call.end().toInstant()));
        }
        event.add(new Summary(summary));
        event.add(new Uid(uid(call)));
        event.add(new DtStamp(stamp.truncatedTo(ChronoUnit.SECONDS)));
        event.add(new Sequence(call.getSequence()));
        event.add(ImmutableStatus.VEVENT_CONFIRMED);
        event.add(new Description(description));
        event.add(new Location(call.getLink()));
        event.add(new Url(uri(call.getLink())));
        Organizer organizing = new Organizer(mailto(organizer == null || organizer.email() == null
                ? properties.organizerEmail() : organizer.email()));
        if (organizer != null) {
            organizing.add(new Cn(organizer.displayName()));
        }
        event.add(organizing);
        Attendee invited = new Attendee(mailto(attendee.email()));
        invited.add(new Cn(attendee.displayName()));
        invited.add(Role.REQ_PARTICIPANT);
        invited.add(PartStat.NEEDS_ACTION);
        invited.add(Rsvp.TRUE);
        event.add(invited);

        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.REQUEST);
        if (zone != null) {
            calendar.add(zone.getVTimeZone());
        }
        calendar.add(event);
        var out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("The invitation to call " + call.getId() + " is not valid iCalendar", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static ParameterList tzid(OrientationCall call) {
        return new ParameterList(List.of(new TzId(call.getTimeZone())));
    }

    private static URI mailto(String email) {
        try {
            return new URI("mailto", email, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not an email address: " + email, e);
        }
    }

    private static URI uri(String link) {
        return URI.create(link);
    }
}
