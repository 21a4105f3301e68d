package org.repsportal.checkins;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.platform.Texts;
import org.repsportal.support.Mailbox;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The mentee is told of each check-in planned, moved or cancelled, with its calendar invitation: one UID (the
 * feed's), a SEQUENCE that rises with each change, a cancellation at the end; in the mentee's language and zone.
 */
@PortalTest
class CheckInInvitationTests {

    @Autowired Program program;
    @Autowired Mailbox mailbox;
    @Autowired People people;
    @Autowired CheckIns checkIns;
    @Autowired CheckInCalendar feed;
    @Autowired MockMvc mvc;
    @Autowired Clock clock;
    @Autowired Texts texts;

    record Invite(String subject, String body, Long replyTo, String filename, String contentType, Calendar calendar) {

        VEvent event() {
            return calendar.<VEvent>getComponents(VEvent.VEVENT).get(0);
        }

        String property(String name) {
            return event().getProperty(name).orElseThrow().getValue();
        }
    }

    @Test
    void aPlannedMovedThenCancelledCheckInSendsTheMenteeTheInvitationItsUpdateAndItsCancellation() throws Exception {
        Person mentor = program.mentor("Inés Invitadora");
        Person mentee = program.menteeOf(mentor, "Iwan Invitado");
        LocalDate day = LocalDate.now(clock).plusDays(5);
        CheckIn checkIn = checkIns.plan(program.actor(mentor), new PlanCheckIn(mentee.getId(), day.atTime(18, 0),
                "Europe/Berlin", List.of("Secret goal about the campus club")));

        Invite planned = await().until(() -> invitesTo(mentee), list -> list.size() == 1).get(0);
        assertThat(planned.subject()).isEqualTo("Inés Invitadora invites you to a check-in on "
                + CheckInInvitations.when(texts, checkIn.getScheduledAt(), mentee));
        assertThat(planned.body()).contains("http://portal.test/checkins/" + checkIn.getId())
                .as("goals stay in the portal").doesNotContain("Secret goal");
        assertThat(planned.replyTo()).isEqualTo(mentor.getId());
        assertThat(planned.filename()).isEqualTo("checkin.ics");
        assertThat(planned.contentType()).startsWith("text/calendar; method=REQUEST");
        assertThat(planned.calendar().getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        String uid = planned.property(Property.UID);
        assertThat(feed.entriesFor(mentee.getId(), day, day)).singleElement()
                .satisfies(entry -> assertThat(entry.uid()).as("the feed and the invitation are one event").isEqualTo(uid));
        assertThat(planned.property(Property.SEQUENCE)).isEqualTo("0");
        assertThat(planned.property(Property.DTSTART)).isEqualTo(day.toString().replace("-", "") + "T180000");
        assertThat(planned.event().getProperty(Property.ORGANIZER).orElseThrow().getValue()).isEqualTo("mailto:" + mentor.getEmail());

        checkIns.move(program.actor(mentor), checkIn.getId(), day.plusDays(1).atTime(9, 30), "Europe/Berlin");
        Invite moved = await().until(() -> invitesTo(mentee), list -> list.size() == 2).get(1);
        assertThat(moved.subject()).startsWith("Your check-in with Inés Invitadora moved to ");
        assertThat(moved.body()).contains("from " + CheckInInvitations.when(texts, checkIn.getScheduledAt(), mentee));
        assertThat(moved.property(Property.UID)).isEqualTo(uid);
        assertThat(moved.property(Property.SEQUENCE)).isEqualTo("1");
        assertThat(moved.property(Property.DTSTART)).isEqualTo(day.plusDays(1).toString().replace("-", "") + "T093000");

        checkIns.cancel(program.actor(mentor), checkIn.getId());
        Invite cancelled = await().until(() -> invitesTo(mentee), list -> list.size() == 3).get(2);
        assertThat(cancelled.subject()).startsWith("Your check-in with Inés Invitadora on ").endsWith(" is cancelled");
        assertThat(cancelled.contentType()).startsWith("text/calendar; method=CANCEL");
        assertThat(cancelled.calendar().getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(cancelled.property(Property.UID)).isEqualTo(uid);
        assertThat(cancelled.property(Property.SEQUENCE)).isEqualTo("2");
        assertThat(cancelled.property(Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(invitesTo(mentor)).as("the mentor organizes; only the mentee is invited").isEmpty();
    }

    @Test
    void theInvitationMailIsInTheMenteesLanguageAndZone() {
        Person mentor = program.mentor("Lorenzo Lenguas");
        Person mentee = program.menteeOf(mentor, "Lucía Lenguas");
        people.choosePortalLanguage(program.actor(mentee), mentee.getId(), "es");
        CheckIn checkIn = checkIns.plan(program.actor(mentor), new PlanCheckIn(mentee.getId(),
                LocalDate.now(clock).plusDays(4).atTime(17, 0), "America/New_York", List.of("Hablar del evento")));

        Invite planned = await().until(() -> invitesTo(mentee), list -> list.size() == 1).get(0);
        String when = CheckInInvitations.when(texts.in(java.util.Locale.forLanguageTag("es")),
                checkIn.getScheduledAt(), mentee);
        assertThat(when).endsWith("(" + mentee.getTimeZone() + ")");
        assertThat(planned.subject()).isEqualTo("Lorenzo Lenguas te invita a un check-in el " + when);
        assertThat(planned.body()).startsWith("Hola, Lucía Lenguas:");
    }

    @Test
    void movingACheckInIntoThePastIsAFieldErrorThatKeepsTheTimeAndOnlyItsMentorMovesIt() throws Exception {
        Person mentor = program.mentor("Marta Mover");
        Person mentee = program.menteeOf(mentor, "Mateo Mover");
        LocalDate day = LocalDate.now(clock).plusDays(3);
        CheckIn checkIn = checkIns.plan(program.actor(mentor), new PlanCheckIn(mentee.getId(), day.atTime(10, 0),
                "Europe/Madrid", List.of("Talk")));

        mvc.perform(post("/checkins/{id}/move", checkIn.getId()).with(csrf()).header("Authorization", Program.bearer(mentor))
                        .param("date", LocalDate.now(clock).minusDays(2).toString()).param("time", "10:00").param("timeZone", "Europe/Madrid"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The check-in cannot be planned in the past.")))
                .andExpect(content().string(containsString("value=\"" + LocalDate.now(clock).minusDays(2) + "\"")));
        mvc.perform(post("/checkins/{id}/move", checkIn.getId()).with(csrf()).header("Authorization", Program.bearer(mentee))
                        .param("date", day.plusDays(1).toString()).param("time", "10:00").param("timeZone", "Europe/Madrid"))
                .andExpect(status().isForbidden());
        assertThat(checkIns.get(program.actor(mentor), checkIn.getId()).getScheduledAt()).isEqualTo(checkIn.getScheduledAt());

        mvc.perform(post("/checkins/{id}/move", checkIn.getId()).with(csrf()).header("Authorization", Program.bearer(mentor))
                        .param("date", day.plusDays(1).toString()).param("time", "11:15").param("timeZone", "Europe/Madrid"))
                .andExpect(status().is3xxRedirection());
        assertThat(checkIns.get(program.actor(mentor), checkIn.getId()).getScheduledAt())
                .isEqualTo(day.plusDays(1).atTime(11, 15).atZone(java.time.ZoneId.of("Europe/Madrid")).toInstant());
    }

    @Test
    void theCheckInPageSaysPlainlyWhoCanReadItsNotes() throws Exception {
        Person mentor = program.mentor("Ana Lectora");
        Person mentee = program.menteeOf(mentor, "Bruno Lector");
        CheckIn checkIn = checkIns.plan(program.actor(mentor), new PlanCheckIn(mentee.getId(),
                LocalDate.now(clock).plusDays(3).atTime(10, 0), "UTC", List.of("Talk")));

        mvc.perform(get("/checkins/{id}", checkIn.getId()).header("Authorization", Program.bearer(mentor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Only you and Bruno Lector can read this check-in’s goals, notes and feedback.")))
                .andExpect(content().string(containsString("The Council sees only when check-ins happen, never what was said.")));
        mvc.perform(get("/checkins/{id}", checkIn.getId()).header("Authorization", Program.bearer(mentee)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Only you and your mentor Ana Lectora can read this check-in’s goals, notes and your feedback.")));
        mvc.perform(get("/checkins/{id}", checkIn.getId()).header("Authorization", Program.bearer(program.council("Curious Council"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/checkins/new").header("Authorization", Program.bearer(mentor)))
                .andExpect(content().string(containsString("Only you and your mentee can read the goals.")));
    }

    private List<Invite> invitesTo(Person person) {
        return mailbox.to(person).in("MENTORSHIP").list().stream()
                .flatMap(mail -> mail.attachments().stream().filter(Mailbox.Attachment::isCalendar)
                        .map(a -> new Invite(mail.subject(), mail.body(), mail.replyToPersonId(), a.filename(), a.contentType(),
                                parse(a.content()))))
                .toList();
    }

    private static Calendar parse(byte[] ics) {
        try {
            return new CalendarBuilder().build(new StringReader(new String(ics, StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
