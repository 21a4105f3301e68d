package org.repsportal.mentorship;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.repsportal.availability.Absences;
import org.repsportal.availability.NewAbsence;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.SignIn;
import org.repsportal.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Council acts on the long-absence task from pages: the task leads to the absence's mentees and proposals, an
 * interim assigned there belongs to the absence (it follows the absence's new last day), and the task closes once
 * every mentee has one.
 */
@PortalTest
@EnableScenarios
@org.springframework.test.context.TestPropertySource(properties = "portal.mentorship.confirmation-wait=7d")
class AbsenceInterimPagesTests {

    @Autowired Program program;
    @Autowired Absences absences;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired TestClock clock;
    @Autowired Mentorships mentorships;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theCouncilGivesEachMenteeAnInterimUntilTheAbsencesLastDayFromTheTasksPage() throws Exception {
        Person council = program.council("Covering Council");
        Person mentor = program.mentor("Absent Aurelio");
        Person first = program.menteeOf(mentor, "Bruna Interim");
        Person second = program.menteeOf(mentor, "Caio Interim");
        Person interimOne = program.mentor("Dalia Cover");
        Person interimTwo = program.mentor("Emil Cover");
        LocalDate today = LocalDate.now(clock);
        LocalDate lastDay = today.plusMonths(4);
        long absence = absences.declare(program.actor(mentor), new NewAbsence(today, lastDay, null, null, "Away for a while",
                true, null));
        String ref = "absence:" + absence + ":interims";
        await().until(() -> openTasks(ref) == 1);
        long task = jdbc.sql("select id from tasks where source_ref = ?").param(ref).query(Long.class).single();
        String page = "/mentorship/absences/" + absence + "/interims";

        var session = SignIn.as(mvc, council);
        mvc.perform(get("/tasks/{id}", task).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + page + "\"")));
        mvc.perform(get(page).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Bruna Interim"), containsString("Caio Interim"),
                        containsString("Assign as interim until"))));
        mvc.perform(get(page).cookie(SignIn.as(mvc, mentor))).andExpect(status().isForbidden());
        mvc.perform(post(page).cookie(SignIn.as(mvc, mentor)).with(csrf())
                        .param("menteeId", String.valueOf(first.getId())).param("mentorId", String.valueOf(interimOne.getId())))
                .andExpect(status().isForbidden());
        mvc.perform(post(page).cookie(session).with(csrf())
                        .param("menteeId", String.valueOf(interimOne.getId())).param("mentorId", String.valueOf(interimTwo.getId())))
                .andExpect(status().isNotFound());

        mvc.perform(post(page).cookie(session).with(csrf())
                        .param("menteeId", String.valueOf(first.getId())).param("mentorId", String.valueOf(interimOne.getId())))
                .andExpect(redirectedUrl(page));
        assertThat(interimOf(first, absence)).isEqualTo(lastDay.plusDays(1));
        assertThat(openTasks(ref)).isOne();
        mvc.perform(get(page).cookie(session))
                .andExpect(content().string(containsString("Interim mentor: Dalia Cover, from")));

        // the absence is shortened: the interim made on the page follows it
        LocalDate earlier = today.plusMonths(3).plusDays(10);
        absences.change(program.actor(mentor), absence, new NewAbsence(today, earlier, null, null, "Back sooner", true, null));
        await().until(() -> earlier.plusDays(1).equals(interimOf(first, absence)));

        mvc.perform(post(page).cookie(session).with(csrf())
                        .param("menteeId", String.valueOf(second.getId())).param("mentorId", String.valueOf(interimTwo.getId())))
                .andExpect(redirectedUrl(page));
        assertThat(interimOf(second, absence)).isEqualTo(earlier.plusDays(1));
        await().until(() -> openTasks(ref) == 0);
    }

    @Test
    void anInterimGivenBeforeTheAbsenceBeginsStartsWithItAndFollowsItsNewDays() throws Exception {
        Person council = program.council("Planning Council");
        Person mentor = program.mentor("Later Lorenza");
        Person mentee = program.menteeOf(mentor, "Mentee Mirko");
        Person interim = program.mentor("Cover Nadia");
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.plusDays(10);
        LocalDate lastDay = from.plusMonths(4);
        long absence = absences.declare(program.actor(mentor), new NewAbsence(from, lastDay, null, null, "Away later",
                true, null));
        String page = "/mentorship/absences/" + absence + "/interims";

        mvc.perform(post(page).cookie(SignIn.as(mvc, council)).with(csrf())
                        .param("menteeId", String.valueOf(mentee.getId())).param("mentorId", String.valueOf(interim.getId())))
                .andExpect(redirectedUrl(page));
        assertThat(mentorships.currentMentorOf(mentee.getId())).as("before the absence").contains(mentor.getId());
        assertThat(startOf(mentee, absence)).isEqualTo(from);

        // the absence moves a week later and grows a month: the interim, not begun, follows both ends
        LocalDate laterFrom = from.plusDays(7);
        LocalDate laterLastDay = lastDay.plusMonths(1);
        absences.change(program.actor(mentor), absence, new NewAbsence(laterFrom, laterLastDay, null, null, "Away later still",
                true, null));
        await().until(() -> laterFrom.equals(startOf(mentee, absence)) && laterLastDay.plusDays(1).equals(interimOf(mentee, absence)));

        clock.setTo(from.plusDays(1).atTime(12, 0).toInstant(java.time.ZoneOffset.UTC));
        assertThat(mentorships.currentMentorOf(mentee.getId())).as("the absence has not begun yet").contains(mentor.getId());
        clock.setTo(laterFrom.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC));
        assertThat(mentorships.currentMentorOf(mentee.getId())).as("on its first day").contains(interim.getId());
        clock.setTo(laterLastDay.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC));
        assertThat(mentorships.currentMentorOf(mentee.getId())).as("on its new last day").contains(interim.getId());
    }

    private LocalDate startOf(Person mentee, long absence) {
        return jdbc.sql("select started_on from mentor_assignments where mentee_id = ? and kind = 'INTERIM' and absence_id = ?")
                .param(mentee.getId()).param(absence).query(LocalDate.class).optional().orElse(null);
    }

    private LocalDate interimOf(Person mentee, long absence) {
        return jdbc.sql("select ended_on from mentor_assignments where mentee_id = ? and kind = 'INTERIM' and absence_id = ?")
                .param(mentee.getId()).param(absence).query(LocalDate.class).optional().orElse(null);
    }

    private long openTasks(String sourceRef) {
        return jdbc.sql("select count(*) from tasks where source_ref = ? and state in ('OPEN', 'IN_PROGRESS', 'WAITING')")
                .param(sourceRef).query(Long.class).single();
    }
}
