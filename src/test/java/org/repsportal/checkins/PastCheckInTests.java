package org.repsportal.checkins;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.support.Mailbox;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.tasks.TaskQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A check-in that already happened is logged afterwards: it counts as held on its day; a day to come is refused. */
@PortalTest
class PastCheckInTests {

    @Autowired Program program;
    @Autowired Mailbox mailbox;
    @Autowired CheckIns checkIns;
    @Autowired CheckInQueries queries;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired Clock clock;

    @Test
    void aLoggedPastCheckInCountsAsHeldOnItsDayForTheCadenceAndNeedsNoInvitation() {
        Person council = program.council("Pia Pastcouncil");
        Person mentor = program.mentor("Paula Pasado");
        Person mentee = program.menteeOf(mentor, "Pedro Pasado");
        LocalDate today = LocalDate.now(clock);
        assertThat(overdueOn(council, mentee, today.plusDays(20))).as("the first check-in is due within 14 days").isTrue();

        CheckIn logged = checkIns.logHeld(program.actor(mentor), new HeldCheckIn(mentee.getId(), today, LocalTime.MIDNIGHT, "UTC",
                List.of("Hear about the meetup"), "We talked about the meetup.", List.of("Send the slides")));

        assertThat(logged.getStatus()).isEqualTo(CheckInStatus.HELD);
        assertThat(logged.getHeldOn()).isEqualTo(today);
        assertThat(logged.getGoals()).containsExactly("Hear about the meetup");
        assertThat(queries.of(mentor.getId(), List.of(mentee.getId())).get(mentee.getId()).last()).isEqualTo(today);
        assertThat(overdueOn(council, mentee, today.plusDays(20))).as("the next one is due a cadence after it").isFalse();
        await().until(() -> jdbc.sql("select count(*) from tasks where source_ref = ?")
                .param("checkin:" + logged.getId() + ":follow-up:0").query(Long.class).single() == 1);
        assertThat(mailbox.to(mentee).list()).flatExtracting(Mailbox.Mail::attachments).as("nothing to put in a calendar").isEmpty();
    }

    @Test
    void aDayStillToComeIsRefusedOnTheDateFieldAndWhatWasTypedIsKept() throws Exception {
        Person mentor = program.mentor("Fabio Futuro");
        Person mentee = program.menteeOf(mentor, "Flora Futuro");
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);

        assertThatThrownBy(() -> checkIns.logHeld(program.actor(mentor), new HeldCheckIn(mentee.getId(), tomorrow, null, "UTC",
                List.of("Goal"), "Notes", List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("on", "checkin.log.date.future")));

        mvc.perform(post("/checkins/log").with(csrf()).header("Authorization", Program.bearer(mentor))
                        .param("menteeId", mentee.getId().toString()).param("date", tomorrow.toString()).param("timeZone", "UTC")
                        .param("goals[0]", "Plan the hackathon").param("notes", "Typed notes are kept"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A check-in still to come is planned, not logged")))
                .andExpect(content().string(containsString("href=\"#date\"")))
                .andExpect(content().string(containsString("Typed notes are kept")))
                .andExpect(content().string(containsString("value=\"Plan the hackathon\"")));
        assertThat(jdbc.sql("select count(*) from checkins where mentee_id = ?").param(mentee.getId()).query(Long.class).single()).isZero();

        mvc.perform(post("/checkins/log").with(csrf()).header("Authorization", Program.bearer(mentor))
                        .param("menteeId", mentee.getId().toString()).param("date", LocalDate.now(clock).minusDays(3).toString())
                        .param("timeZone", "UTC").param("goals[0]", "Plan the hackathon").param("notes", "We planned it"))
                .andExpect(redirectedUrlPattern("/checkins/*"));
        assertThat(jdbc.sql("select held_on from checkins where mentee_id = ?").param(mentee.getId()).query(LocalDate.class).single())
                .isEqualTo(LocalDate.now(clock).minusDays(3));
    }

    @Test
    void onlyTheMentorOfACurrentMenteeLogsACheckInWithThemAndTheFormSaysWhoReadsIt() throws Exception {
        Person mentor = program.mentor("Olga Otra");
        Person stranger = program.mentor("Oscar Otro");
        Person mentee = program.menteeOf(mentor, "Omar Otro");

        mvc.perform(post("/checkins/log").with(csrf()).header("Authorization", Program.bearer(stranger))
                        .param("menteeId", mentee.getId().toString()).param("date", LocalDate.now(clock).minusDays(1).toString())
                        .param("timeZone", "UTC").param("goals[0]", "Goal").param("notes", "Notes"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/checkins/log").param("mentee", mentee.getId().toString()).header("Authorization", Program.bearer(mentor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Only you and your mentee can read what you write here; the Council sees only the day.")))
                .andExpect(content().string(containsString("max=\"" + LocalDate.now(clock) + "\"")));
    }

    @Test
    void theApiLogsAPastCheckInRefusesADayToComeOnHeldOnAndMovesAndCancelsAPlannedOne() throws Exception {
        Person mentor = program.mentor("Ariadna Api");
        Person mentee = program.menteeOf(mentor, "Abel Api");
        String tomorrow = LocalDate.now(clock).plusDays(1).toString();
        String yesterday = LocalDate.now(clock).minusDays(1).toString();

        mvc.perform(post("/api/v1/checkins/held").header("Authorization", Program.bearer(mentor))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"menteeId\":" + mentee.getId() + ",\"heldOn\":\"" + tomorrow
                                + "\",\"timeZone\":\"UTC\",\"goals\":[\"Goal\"],\"notes\":\"Notes\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.hasItem("heldOn")));
        mvc.perform(post("/api/v1/checkins/held").header("Authorization", Program.bearer(mentor))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"menteeId\":" + mentee.getId() + ",\"heldOn\":\"" + yesterday
                                + "\",\"time\":\"18:30\",\"timeZone\":\"UTC\",\"goals\":[\"Goal\"],\"notes\":\"Notes\"}"))
                .andExpect(status().isCreated())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status").value("HELD"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.heldOn").value(yesterday))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.scheduledFor")
                        .value(yesterday + "T18:30:00Z"));

        CheckIn planned = checkIns.plan(program.actor(mentor), new PlanCheckIn(mentee.getId(),
                LocalDate.now(clock).plusDays(4).atTime(16, 0), "UTC", List.of("Talk")));
        mvc.perform(post("/api/v1/checkins/{id}/move", planned.getId()).header("Authorization", Program.bearer(mentee))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"scheduledFor\":\"" + LocalDate.now(clock).plusDays(5) + "T16:00\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/checkins/{id}/move", planned.getId()).header("Authorization", Program.bearer(mentor))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"scheduledFor\":\"" + LocalDate.now(clock).plusDays(5) + "T16:00\"}"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.scheduledFor")
                        .value(LocalDate.now(clock).plusDays(5) + "T16:00:00Z"));
        mvc.perform(post("/api/v1/checkins/{id}/cancel", planned.getId()).header("Authorization", Program.bearer(mentor)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status").value("CANCELLED"));
    }

    private boolean overdueOn(Person council, Person mentee, LocalDate day) {
        return queries.overdue(program.actor(council), day, 0, 10_000).items().stream()
                .anyMatch(o -> o.rhythm().menteeId() == mentee.getId());
    }
}
