package org.repsportal.orientation;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import org.junit.jupiter.api.Test;
import org.repsportal.people.PersonCard;
import org.repsportal.people.PersonStatus;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

class CallCalendarTests {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final PersonCard ORGANIZER = new PersonCard(1, "Carmen Council", "council@example.org",
            LocalDate.of(2019, 1, 1), PersonStatus.ACTIVE);
    private static final PersonCard INVITEE = new PersonCard(2, "Nora Newmentor", "newmentor@example.org",
            LocalDate.of(2023, 1, 1), PersonStatus.ACTIVE);

    private final CallCalendar calendar = new CallCalendar(new OrientationProperties("portal.test", 60, "council@portal.test"));

    private static OrientationCall call(long id, String zone) {
        var start = ZonedDateTime.of(LocalDate.of(2026, 3, 10), LocalTime.of(17, 30), ZoneId.of(zone));
        var call = new OrientationCall(CallKind.ONBOARDING, start, 45, "https://meet.example.org/onboarding", null, 1, NOW);
        ReflectionTestUtils.setField(call, "id", id);
        return call;
    }

    private static Calendar parse(byte[] ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(new String(ics, StandardCharsets.UTF_8)));
    }

    @Test
    void theInvitationParsesBackWithItsTimeZoneUidAndStart() throws Exception {
        byte[] ics = calendar.invitation(call(42, "Africa/Nairobi"), "Onboarding call", "Meet the Council", ORGANIZER, INVITEE, NOW);

        Calendar parsed = parse(ics);
        assertThat(parsed.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        assertThat(parsed.getProperty(Property.VERSION).orElseThrow().getValue()).isEqualTo("2.0");
        VTimeZone zone = parsed.<VTimeZone>getComponents(VTimeZone.VTIMEZONE).get(0);
        assertThat(zone.getProperty(Property.TZID).orElseThrow().getValue()).isEqualTo("Africa/Nairobi");

        VEvent event = parsed.<VEvent>getComponents(VEvent.VEVENT).get(0);
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("orientation-call-42@portal.test");
        Property start = event.getProperty(Property.DTSTART).orElseThrow();
        assertThat(start.getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("Africa/Nairobi");
        assertThat(start.getValue()).isEqualTo("20260310T173000");
        assertThat(instantOf(start, zone)).isEqualTo(Instant.parse("2026-03-10T14:30:00Z"));
        assertThat(instantOf(event.getProperty(Property.DTEND).orElseThrow(), zone)).isEqualTo(Instant.parse("2026-03-10T15:15:00Z"));
        assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getValue()).isEqualTo("mailto:council@example.org");
        Property attendee = event.getProperty(Property.ATTENDEE).orElseThrow();
        assertThat(attendee.getValue()).isEqualTo("mailto:newmentor@example.org");
        assertThat(attendee.getParameter(Parameter.PARTSTAT).orElseThrow().getValue()).isEqualTo("NEEDS-ACTION");
        assertThat(attendee.getParameter(Parameter.RSVP).orElseThrow().getValue()).isEqualTo("TRUE");
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Onboarding call");
        assertThat(event.getProperty(Property.URL).orElseThrow().getValue()).isEqualTo("https://meet.example.org/onboarding");
    }

    /** A local date-time with a TZID, placed on the time line by the calendar's own VTIMEZONE for that zone. */
    private static Instant instantOf(Property dateTime, VTimeZone zone) {
        LocalDateTime local = LocalDateTime.parse(dateTime.getValue(), DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
        TzOffsetTo offset = zone.getApplicableObservance(local.atOffset(java.time.ZoneOffset.UTC)).<TzOffsetTo>getProperty(Property.TZOFFSETTO).orElseThrow();
        return local.toInstant(offset.getOffset());
    }

    @Test
    void aZoneWithDaylightSavingTimeGetsTheSummerOffset() throws Exception {
        var start = ZonedDateTime.of(LocalDate.of(2026, 7, 1), LocalTime.of(18, 0), ZoneId.of("Europe/Berlin"));
        var call = new OrientationCall(CallKind.TRAINING, start, 60, "https://meet.example.org/t", null, 1, NOW);
        ReflectionTestUtils.setField(call, "id", 9L);

        Calendar parsed = parse(calendar.invitation(call, "Training", "d", ORGANIZER, INVITEE, NOW));

        VTimeZone zone = parsed.<VTimeZone>getComponents(VTimeZone.VTIMEZONE).get(0);
        Property dtStart = parsed.<VEvent>getComponents(VEvent.VEVENT).get(0).getProperty(Property.DTSTART).orElseThrow();
        assertThat(dtStart.getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("Europe/Berlin");
        assertThat(instantOf(dtStart, zone)).isEqualTo(Instant.parse("2026-07-01T16:00:00Z"));
    }

    @Test
    void theUidStaysTheSameForEveryInviteeOfACall() throws Exception {
        var call = call(7, "Europe/Berlin");
        var other = new PersonCard(3, "Other", "other@example.org", LocalDate.of(2023, 1, 1), PersonStatus.ACTIVE);

        String first = parse(calendar.invitation(call, "s", "d", ORGANIZER, INVITEE, NOW)).getComponents(VEvent.VEVENT).get(0)
                .getProperty(Property.UID).orElseThrow().getValue();
        String second = parse(calendar.invitation(call, "s", "d", ORGANIZER, other, NOW.plusSeconds(3600)))
                .getComponents(VEvent.VEVENT).get(0).getProperty(Property.UID).orElseThrow().getValue();

        assertThat(first).isEqualTo(second).isEqualTo("orientation-call-7@portal.test");
    }

    @Test
    void linesAreFoldedAndEndWithCrLfAsRfc5545Asks() {
        String text = new String(calendar.invitation(call(8, "America/Sao_Paulo"), "Training call",
                "A long description ".repeat(10), ORGANIZER, INVITEE, NOW), StandardCharsets.UTF_8);

        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n").contains("TZID:America/Sao_Paulo");
        assertThat(text.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
    }
}
