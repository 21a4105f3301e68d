package org.repsportal.dashboard;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Planning a check-in and emailing mentees from the mentor's dashboard: with htmx the answer is the part of the page
 * that changed (errors inside it, 422), without JavaScript the form posts and the dashboard comes back.
 */
@PortalTest
class DashboardInPlaceTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    private long checkInsWith(Person mentee) {
        return jdbc.sql("select count(*) from checkins where mentee_id = ?").param(mentee.getId()).query(Long.class).single();
    }

    @Test
    void eachMenteeRowOffersAShortPlanFormAndAnEmailLink() throws Exception {
        Person mentor = program.mentor("Row Mentor");
        Person rep = program.rep("Row Rep");
        program.assign(rep, mentor);

        mvc.perform(get("/dashboard").cookie(SignIn.as(mvc, mentor)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"plan-" + rep.getId() + "\""),
                        containsString("data-hx-post=\"/checkins\""), containsString("data-hx-target=\"#plan-" + rep.getId() + "\""),
                        containsString("href=\"/dashboard?to=" + rep.getId() + "#email-mentees\""))));
        mvc.perform(get("/dashboard").param("to", String.valueOf(rep.getId())).cookie(SignIn.as(mvc, mentor)))
                .andExpect(content().string(matchesPattern("(?s).*<input type=\"checkbox\"[^>]*value=\"" + rep.getId()
                        + "\"[^>]*name=\"to\" checked=\"checked\".*")));
    }

    @Test
    void anHtmxPlanAnswersThePlannedCheckInForTheMenteesRow() throws Exception {
        Person mentor = program.mentor("Htmx Planner");
        Person rep = program.rep("Htmx Planned");
        program.assign(rep, mentor);
        String date = LocalDate.now(clock).plusDays(5).toString();

        mvc.perform(post("/checkins").cookie(SignIn.as(mvc, mentor)).with(csrf()).header("HX-Request", "true")
                        .param("from", "dashboard").param("menteeId", String.valueOf(rep.getId()))
                        .param("date", date).param("time", "18:30").param("goals[0]", "Talk about the campus event"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"plan-" + rep.getId() + "\""),
                        containsString("Check-in planned for "), containsString(", 18:30 ("), not(containsString("<html")))));
        assertThat(checkInsWith(rep)).isEqualTo(1);
    }

    @Test
    void anHtmxPlanWithoutAGoalAnswersTheShortFormWithItsErrorAndTheTypedValues() throws Exception {
        Person mentor = program.mentor("Goalless Planner");
        Person rep = program.rep("Goalless Rep");
        program.assign(rep, mentor);
        String date = LocalDate.now(clock).plusDays(6).toString();

        mvc.perform(post("/checkins").cookie(SignIn.as(mvc, mentor)).with(csrf()).header("HX-Request", "true")
                        .param("from", "dashboard").param("menteeId", String.valueOf(rep.getId()))
                        .param("date", date).param("time", "09:15").param("goals[0]", " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"plan-" + rep.getId() + "\""),
                        containsString("Please write at least one goal"), containsString("value=\"" + date + "\""),
                        containsString("value=\"09:15\""), containsString("aria-invalid=\"true\""), containsString("<details open"),
                        not(containsString("<html")))));
        mvc.perform(post("/checkins").cookie(SignIn.as(mvc, mentor)).with(csrf()).header("HX-Request", "true")
                        .param("from", "dashboard").param("menteeId", String.valueOf(rep.getId()))
                        .param("date", "someday").param("time", "09:15").param("goals[0]", "A goal"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Please enter a valid value."), not(containsString("<html")))));
        assertThat(checkInsWith(rep)).isZero();
    }

    @Test
    void planningForSomeoneElsesMenteeInPlaceIsRefusedInsideThePartial() throws Exception {
        Person mentor = program.mentor("Nosy Planner");
        Person rep = program.rep("Not Theirs");
        program.assign(rep, program.mentor("Real Planner"));

        mvc.perform(post("/checkins").cookie(SignIn.as(mvc, mentor)).with(csrf()).header("HX-Request", "true")
                        .param("from", "dashboard").param("menteeId", String.valueOf(rep.getId()))
                        .param("date", LocalDate.now(clock).plusDays(5).toString()).param("time", "10:00")
                        .param("goals[0]", "Sneak"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("role=\"alert\""), not(containsString("<html")))));
        assertThat(checkInsWith(rep)).isZero();
    }

    @Test
    void withoutJavaScriptPlanningFromTheDashboardComesBackToIt() throws Exception {
        Person mentor = program.mentor("Plain Planner");
        Person rep = program.rep("Plain Planned");
        program.assign(rep, mentor);

        mvc.perform(post("/checkins").cookie(SignIn.as(mvc, mentor)).with(csrf())
                        .param("from", "dashboard").param("menteeId", String.valueOf(rep.getId()))
                        .param("date", LocalDate.now(clock).plusDays(5).toString()).param("time", "18:30")
                        .param("goals[0]", "Review the last event"))
                .andExpect(redirectedUrl("/dashboard"))
                .andExpect(flash().attribute("flash", "checkin.planned"));
        assertThat(checkInsWith(rep)).isEqualTo(1);
    }

    @Test
    void anHtmxEmailAnswersTheSectionWithErrorsAndTypedValuesOrWithHowManyWereWritten() throws Exception {
        Person mentor = program.mentor("Htmx Writer");
        Person rep = program.rep("Htmx Reader");
        program.assign(rep, mentor);
        Cookie session = SignIn.as(mvc, mentor);

        mvc.perform(post("/dashboard/messages").cookie(session).with(csrf()).header("HX-Request", "true")
                        .param("to", String.valueOf(rep.getId())).param("subject", " ").param("body", "Shall we meet on Friday?"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"email-mentees-section\""),
                        containsString("Please write a subject."), containsString("Shall we meet on Friday?"),
                        not(containsString("<html")))));

        mvc.perform(post("/dashboard/messages").cookie(session).with(csrf()).header("HX-Request", "true")
                        .param("to", String.valueOf(rep.getId())).param("subject", "Friday").param("body", "Shall we meet on Friday?"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"email-mentees-section\""),
                        containsString("Your message is on its way to one mentee."),
                        not(containsString("Shall we meet on Friday?")), not(containsString("<html")))));
    }
}
