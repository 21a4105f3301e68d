package org.repsportal.dashboard;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.reports.NewReport;
import org.repsportal.reports.Reports;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class MentorDashboardTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    Reports reports;

    @Autowired
    Clock clock;

    @Autowired
    ProgramOverview overview;

    @Test
    void theMentorSeesEachMenteesActivityClassInTheApiAndInWordsOnThePage() throws Exception {
        Person mentor = program.mentor("Dora");
        Person active = program.rep("Active Ana");
        Person quiet = program.rep("Quiet Quinn");
        program.assign(active, mentor);
        program.assign(quiet, mentor);
        LocalDate today = LocalDate.now(clock);
        file(active, today.minusDays(3));
        file(quiet, today.minusDays(40));

        mvc.perform(get("/api/v1/mentees").header("Authorization", Program.bearer(mentor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[?(@.id == %d)].activity".formatted(active.getId())).value("ACTIVE"))
                .andExpect(jsonPath("$.items[?(@.id == %d)].activity".formatted(quiet.getId())).value("INACTIVE_LOW"))
                .andExpect(jsonPath("$.items[?(@.id == %d)].lastReportOn".formatted(quiet.getId())).value(today.minusDays(40).toString()));

        mvc.perform(get("/dashboard").header("Authorization", Program.bearer(mentor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quiet Quinn")))
                .andExpect(content().string(containsString("Inactive over 4 weeks")));
    }

    @Test
    void aRepCannotReadAnotherMentorsMentees() throws Exception {
        Person mentor = program.mentor("Edda");
        Person rep = program.rep("Eli");
        mvc.perform(get("/api/v1/mentees").param("mentor", mentor.getId().toString()).header("Authorization", Program.bearer(rep)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCouncilSeesRepsWithoutAMentorAndARepDoesNot() throws Exception {
        Person council = program.council("Cora");
        Person waiting = program.rep("Waiting Wes");
        Person mentored = program.rep("Mentored Mo");
        program.assign(mentored, program.mentor("Mia"));

        var unmentored = program.actor(council);
        var all = overview.repsWithoutActiveMentor(unmentored, 0, 1000).items().stream().map(u -> u.id()).toList();
        org.assertj.core.api.Assertions.assertThat(all).contains(waiting.getId()).doesNotContain(mentored.getId());

        mvc.perform(get("/dashboard").header("Authorization", Program.bearer(council)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Reps without an active mentor")));
        mvc.perform(get("/dashboard/unmentored").header("Authorization", Program.bearer(waiting)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/dashboard/mentors").header("Authorization", Program.bearer(waiting)))
                .andExpect(status().isForbidden());
    }

    private void file(Person rep, LocalDate day) {
        reports.file(program.actor(rep), new NewReport(day, "ATTENDED_EVENT", "EVENTS", "Was there", null, null, null));
    }
}
