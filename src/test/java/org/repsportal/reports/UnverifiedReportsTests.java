package org.repsportal.reports;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The mentees' reports mark those still waiting to be verified and filter by them, on the page, its CSV and the API. */
@PortalTest
class UnverifiedReportsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    Reports reports;

    @Autowired
    Clock clock;

    private ActivityReport file(Person rep, String activity, String description) {
        return reports.file(program.actor(rep), new NewReport(LocalDate.now(clock).minusDays(1), activity, "EVENTS",
                description, null, null, null));
    }

    @Test
    void onlyVerifiableActivitiesNobodyVerifiedAreMarkedAndKeptByTheFilter() throws Exception {
        Person mentor = program.mentor("Filter Mentor");
        Person rep = program.rep("Filter Rep");
        program.assign(rep, mentor);
        file(rep, "ORGANIZED_EVENT", "Waiting organised meetup");
        ActivityReport spoken = file(rep, "SPOKE_AT_EVENT", "Verified talk at the fair");
        file(rep, "ATTENDED_EVENT", "Attended workshop, nothing to verify");
        reports.verify(program.actor(mentor), spoken.getId());
        Cookie session = SignIn.as(mvc, mentor);

        mvc.perform(get("/reports/mentees").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Waiting organised meetup"), containsString("Verified talk"),
                        containsString("Attended workshop"), containsString("not verified yet"))));
        String filtered = mvc.perform(get("/reports/mentees").param("unverified", "true").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Waiting organised meetup"), not(containsString("Verified talk")),
                        not(containsString("Attended workshop")), containsString("unverified=true"),
                        containsString("id=\"unverified\" name=\"unverified\" value=\"true\" checked=\"checked\""))))
                .andReturn().getResponse().getContentAsString();
        assertThat(filtered.split("ms-1\">not verified yet<", -1)).as("one badge").hasSize(2);

        String csv = mvc.perform(get("/reports/mentees.csv").param("unverified", "true").cookie(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().skip(1).toList()).singleElement().asString().contains("Waiting organised meetup");

        mvc.perform(get("/api/v1/reports").param("mentor", String.valueOf(mentor.getId())).param("unverified", "true")
                        .header("Authorization", Program.bearer(mentor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].description").value("Waiting organised meetup"));
        mvc.perform(get("/api/v1/reports").param("mentor", String.valueOf(mentor.getId())).param("unverified", "maybe")
                        .header("Authorization", Program.bearer(mentor)))
                .andExpect(status().isBadRequest());
    }
}
