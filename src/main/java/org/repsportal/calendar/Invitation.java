package org.repsportal.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
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
import net.fortuna.ical4j.model.property.Method;
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

/**
 * An iCalendar (RFC 5545) invitation to one meeting, written with ical4j: {@link #request} gives a
 * {@code METHOD:REQUEST} calendar, {@link #cancel} a {@code METHOD:CANCEL} one with {@code STATUS:CANCELLED}. The
 * start's zone goes out as a VTIMEZONE with TZID-local times (UTC times where ical4j knows no definition of it); an
 * update keeps the UID with a higher SEQUENCE. An attendee with the organizer's address has accepted; every other
 * attendee is asked to reply.
 */
public record Invitation(String product, String uid, int sequence, ZonedDateTime start, Duration length, String summary,
                         String description, String location, String url, Party organizer, List<Party> attendees) {

    public static final String REQUEST_TYPE = "text/calendar; method=REQUEST; charset=UTF-8";
    public static final String CANCEL_TYPE = "text/calendar; method=CANCEL; charset=UTF-8";

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    /** Someone taking part: a name (may be null) and an email address. */
    public record Party(String name, String email) {
    }

    public Invitation {
        attendees = List.copyOf(attendees);
    }

    /** The invitation, or its update when the sequence grew. */
    public String request(Instant stamp) {
        return write(ImmutableMethod.REQUEST, stamp);
    }

    /** The cancellation of the meeting with this UID. */
    public String cancel(Instant stamp) {
        return write(ImmutableMethod.CANCEL, stamp);
    }

    private String write(Method method, Instant stamp) {
        String zoneId = start.getZone().getId();
        TimeZone zone = ZONES.getTimeZone(zoneId);
        VEvent event = new VEvent(false);
        if (zone != null) {
            // local times of the zone (from java.time's rules) with its TZID; the VTIMEZONE below defines it
            var tzid = new ParameterList(List.of(new TzId(zoneId)));
            event.add(new DtStart<>(tzid, start.toLocalDateTime()));
            event.add(new DtEnd<>(tzid, start.plus(length).toLocalDateTime()));
        } else {
            // a zone without a VTIMEZONE definition: the times go out in UTC, which every calendar reads
            event.add(new DtStart<>(start.toInstant()));
            event.add(new DtEnd<>(start.plus(length).toInstant()));
        }
        event.add(new Summary(summary));
        event.add(new Uid(uid));
        event.add(new DtStamp(stamp.truncatedTo(ChronoUnit.SECONDS)));
        event.add(new Sequence(sequence));
        event.add(ImmutableMethod.CANCEL.equals(method) ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(new Description(description));
        if (location != null) {
            event.add(new Location(location));
        }
        if (url != null) {
            event.add(new Url(URI.create(url)));
        }
        Organizer organizing = new Organizer(mailto(organizer.email()));
        if (organizer.name() != null) {
            organizing.add(new Cn(organizer.name()));
        }
        event.add(organizing);
        for (Party party : attendees) {
            boolean organizes = party.email().equalsIgnoreCase(organizer.email());
            Attendee attendee = new Attendee(mailto(party.email()));
            if (party.name() != null) {
                attendee.add(new Cn(party.name()));
            }
            attendee.add(Role.REQ_PARTICIPANT);
            attendee.add(organizes ? PartStat.ACCEPTED : PartStat.NEEDS_ACTION);
            if (!organizes) {
                attendee.add(Rsvp.TRUE);
            }
            event.add(attendee);
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(product));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
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
            throw new IllegalStateException("The invitation " + uid + " is not valid iCalendar", e);
        }
        return out.toString();
    }

    private static URI mailto(String email) {
        try {
            return new URI("mailto", email, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not an email address: " + email, e);
        }
    }
}
