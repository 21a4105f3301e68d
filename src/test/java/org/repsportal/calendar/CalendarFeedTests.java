package org.repsportal.calendar;

import java.io.StringReader;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.repsportal.checkins.CheckIn;
import org.repsportal.checkins.CheckInNotes;
import org.repsportal.checkins.CheckIns;
import org.repsportal.checkins.PlanCheckIn;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.tasks.TaskPriority;
import org.repsportal.tasks.TaskRequested;
import org.repsportal.tasks.TaskType;
import org.repsportal.tasks.Tasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class CalendarFeedTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    CheckIns checkIns;

    @Autowired
    Tasks tasks;

    @Autowired
    Clock clock;

    @Test
    void theFeedHoldsCheckInsInTheirTimeZoneAndTaskDueDatesAndParsesBack() throws Exception {
        Person mentor = program.mentor("Kalle");
        Person mentee = program.rep("Kira");
        program.assign(mentee, mentor);
        LocalDate day = LocalDate.now(clock).plusDays(5);
        CheckIn checkIn = checkIns.plan(program.actor(mentor), new PlanCheckIn(mentee.getId(), day.atTime(17, 30),
                "America/Sao_Paulo", List.of("Talk about the launch party")));
        tasks.open(new TaskRequested(TaskType.FOLLOW_UP, "Send the photos", mentee.getId(), mentor.getId(), TaskPriority.NORMAL,
                day.plusDays(2), "calendar-test:" + mentor.getId(), java.util.Set.of()));

        Calendar feed = feedOf(mentor);

        VEvent meeting = event(feed, "checkin-" + checkIn.getUid() + "@reps-portal");
        assertThat(meeting.getSummary().getValue()).isEqualTo("Check-in with Kira");
        assertThat(meeting.getDateTimeStart().getParameter("TZID")).hasValueSatisfying(tz -> assertThat(tz.getValue()).isEqualTo("America/Sao_Paulo"));
        assertThat(meeting.getDateTimeStart().getValue()).isEqualTo(day.toString().replace("-", "") + "T173000");
        assertThat(feed.<VTimeZone>getComponents(Component.VTIMEZONE))
                .anySatisfy(zone -> assertThat(zone.getTimeZoneId().getValue()).isEqualTo("America/Sao_Paulo"));
        VEvent due = event(feed, feed.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(e -> e.getSummary().getValue().equals("Due: Send the photos")).findFirst().orElseThrow().getUid().orElseThrow().getValue());
        assertThat(due.getDateTimeStart().getValue()).isEqualTo(day.plusDays(2).toString().replace("-", ""));
        assertThat(feed.validate().getEntries()).as("RFC 5545 validation").noneMatch(entry ->
                entry.getSeverity() == net.fortuna.ical4j.validate.ValidationEntry.Severity.ERROR);
        assertThat(feed.<VEvent>getComponents(Component.VEVENT)).allSatisfy(event -> {
            assertThat(event.getProperties("DTSTAMP")).as("one DTSTAMP in %s", event).hasSize(1);
            assertThat(event.getProperties("UID")).hasSize(1);
        });

        assertThat(event(feedOf(mentee), "checkin-" + checkIn.getUid() + "@reps-portal").getSummary().getValue())
                .isEqualTo("Check-in with Kalle");
    }

    @Test
    void aMeetingInNairobiKeepsItsLocalTime() throws Exception {
        Person mentor = program.mentor("Wanjiru");
        Person mentee = program.rep("Kamau");
        program.assign(mentee, mentor);
        LocalDate day = LocalDate.now(clock).plusDays(4);
        CheckIn checkIn = checkIns.plan(program.actor(mentor), new PlanCheckIn(mentee.getId(), day.atTime(16, 0),
                "Africa/Nairobi", List.of("Plan the meetup")));

        VEvent meeting = event(feedOf(mentee), "checkin-" + checkIn.getUid() + "@reps-portal");

        assertThat(meeting.getDateTimeStart().getValue()).isEqualTo(day.toString().replace("-", "") + "T160000");
        assertThat(meeting.getDateTimeEnd().getValue()).isEqualTo(day.toString().replace("-", "") + "T164500");
    }

    @Test
    void anUpdatedCheckInKeepsItsUidAndRaisesItsSequence() throws Exception {
        Person mentor = program.mentor("Lotte");
        Person mentee = program.rep("Lars");
        program.assign(mentee, mentor);
        CheckIn checkIn = checkIns.plan(program.actor(mentor), new PlanCheckIn(mentee.getId(),
                LocalDate.now(clock).plusDays(1).atTime(9, 0), "Europe/Berlin", List.of("Start")));
        String uid = "checkin-" + checkIn.getUid() + "@reps-portal";
        assertThat(event(feedOf(mentor), uid).getSequence().getSequenceNo()).isZero();

        checkIns.recordNotes(program.actor(mentor), checkIn.getId(), new CheckInNotes("Went well", List.of()));

        assertThat(event(feedOf(mentor), uid).getSequence().getSequenceNo()).isEqualTo(1);
    }

    @Test
    void aRenewedAwayOrUnknownTokenIsNotFound() throws Exception {
        Person rep = program.rep("Mats");
        String old = feedUrl(rep);
        mvc.perform(get(URI.create(old).getPath())).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/calendar")));

        String renewed = com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/v1/me/calendar")
                        .header("Authorization", Program.bearer(rep)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.feedUrl");

        assertThat(renewed).isNotEqualTo(old);
        mvc.perform(get(URI.create(old).getPath())).andExpect(status().isNotFound());
        mvc.perform(get(URI.create(renewed).getPath())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/calendar/not-a-token.ics")).andExpect(status().isNotFound());
    }

    private Calendar feedOf(Person person) throws Exception {
        String body = mvc.perform(get(URI.create(feedUrl(person)).getPath())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return new CalendarBuilder().build(new StringReader(body));
    }

    private String feedUrl(Person person) throws Exception {
        return com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/v1/me/calendar").header("Authorization", Program.bearer(person)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.feedUrl");
    }

    private static VEvent event(Calendar calendar, String uid) {
        return calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(e -> e.getUid().map(u -> u.getValue().equals(uid)).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no event " + uid + " in\n" + calendar));
    }
}
