package org.repsportal.applications;

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
import org.repsportal.notifications.Mail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The iCalendar (RFC 5545) invitation to an interview, with ical4j: {@code METHOD:REQUEST} with the slot's
 * VTIMEZONE, the interviewer as organizer and both as attendees; a new time is the same UID with a higher
 * SEQUENCE, a cancellation {@code METHOD:CANCEL} with {@code STATUS:CANCELLED}.
 */
@Component
class InterviewCalendar {

    static final String CANCEL_TYPE = "text/calendar; method=CANCEL; charset=UTF-8";
    private static final String PRODUCT = "-//Reps Portal//Interviews//EN";

    record Party(String name, String email) {
    }

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
    private final String domain;

    InterviewCalendar(@Value("${portal.mail.list-id-domain}") String domain) {
        this.domain = domain;
    }

    String uid(Application application) {
        return "interview-" + application.getInterviewUid() + "@" + domain;
    }

    Mail.Attachment request(Application application, InterviewSlot slot, String summary, String description, String url,
                            Party organizer, Party applicant, Instant stamp) {
        String text = write(ImmutableMethod.REQUEST, application, slot, summary, description, url, organizer, applicant, stamp);
        return Mail.Attachment.calendarInvitation("interview.ics", text);
    }

    Mail.Attachment cancel(Application application, InterviewSlot slot, String summary, String description, String url,
                           Party organizer, Party applicant, Instant stamp) {
        String text = write(ImmutableMethod.CANCEL, application, slot, summary, description, url, organizer, applicant, stamp);
        return new Mail.Attachment("interview-cancelled.ics", CANCEL_TYPE, text.getBytes(StandardCharsets.UTF_8));
    }

    private String write(net.fortuna.ical4j.model.property.Method method, Application application, InterviewSlot slot, String summary,
                         String description, String url, Party organizer, Party applicant, Instant stamp) {
        TimeZone zone = zones.getTimeZone(slot.getTimeZone());
        VEvent event = new VEvent(false);
        if (zone != null) {
            var tzid = new ParameterList(List.of(new TzId(slot.getTimeZone())));
            event.add(new DtStart<>(tzid, slot.start().toLocalDateTime()));
            event.add(new DtEnd<>(tzid, slot.start().plus(slot.duration()).toLocalDateTime()));
        } else {
            event.add(new DtStart<>(slot.getStartsAt()));
            event.add(new DtEnd<>(slot.getStartsAt().plus(slot.duration())));
        }
        event.add(new Summary(summary));
        event.add(new Uid(uid(application)));
        event.add(new DtStamp(stamp.truncatedTo(ChronoUnit.SECONDS)));
        event.add(new Sequence(application.getInterviewSequence()));
        event.add(ImmutableMethod.CANCEL.equals(method) ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(new Description(description));
        event.add(new Url(URI.create(url)));
        Organizer organizing = new Organizer(mailto(organizer.email()));
        organizing.add(new Cn(organizer.name()));
        event.add(organizing);
        for (Party party : List.of(organizer, applicant)) {
            Attendee attendee = new Attendee(mailto(party.email()));
            attendee.add(new Cn(party.name()));
            attendee.add(Role.REQ_PARTICIPANT);
            attendee.add(party == organizer ? PartStat.ACCEPTED : PartStat.NEEDS_ACTION);
            if (party != organizer) {
                attendee.add(Rsvp.TRUE);
            }
            event.add(attendee);
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
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
            throw new IllegalStateException("The interview invitation of application " + application.getId() + " is not valid", e);
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
