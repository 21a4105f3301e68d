package org.repsportal.reports;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.tasks.TaskQueries;
import org.repsportal.tasks.TaskSummary;
import org.repsportal.tasks.TaskType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
@EnableScenarios
class ReportsApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    Clock clock;

    @Autowired
    TaskQueries tasks;

    @Autowired
    Reports reports;

    @Test
    void aVerifiableActivityAsksTheMentorToVerifyItWithinTwoWeeks(Scenario scenario) {
        Person mentor = program.mentor("Verena");
        Person rep = program.rep("Valentin");
        program.assign(rep, mentor);
        LocalDate today = LocalDate.now(clock);

        scenario.stimulate(() -> reports.file(program.actor(rep),
                        new NewReport(today, "ORGANIZED_EVENT", "EVENTS", "A meetup with 30 people", "https://example.org/meetup", null, null)))
                .andWaitForStateChange(() -> tasks.openFor(mentor.getId(), 10), list -> !list.isEmpty())
                .andVerify(list -> {
                    TaskSummary task = list.get(0);
                    assertThat(task.type()).isEqualTo(TaskType.ACTIVITY_VERIFICATION);
                    assertThat(task.subjectPersonId()).isEqualTo(rep.getId());
                    assertThat(task.dueOn()).isEqualTo(today.plusDays(14));
                });
    }

    @Test
    void aReportDatedTomorrowIsABadRequestNamingTheDate() throws Exception {
        Person rep = program.rep("Tomas");
        mvc.perform(post("/api/v1/reports").header("Authorization", Program.bearer(rep))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(LocalDate.now(clock).plusDays(1), "ATTENDED_EVENT", "Tomorrow's event", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("date")));
        mvc.perform(get("/api/v1/reports").header("Authorization", Program.bearer(rep)))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void malformedJsonIsABadRequestNotAServerError() throws Exception {
        Person rep = program.rep("Malva");
        mvc.perform(post("/api/v1/reports").header("Authorization", Program.bearer(rep))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"date\": \"yesterday\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aMentorListsTheirMenteesReportsNewestFirstButARepCannotListAnotherMentors() throws Exception {
        Person mentor = program.mentor("Marta");
        Person rep = program.rep("Remy");
        Person other = program.rep("Otto");
        program.assign(rep, mentor);
        LocalDate today = LocalDate.now(clock);
        for (int daysAgo : new int[] {9, 2, 5}) {
            mvc.perform(post("/api/v1/reports").header("Authorization", Program.bearer(rep))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json(today.minusDays(daysAgo), "WROTE_ARTICLE", "Article " + daysAgo, null)))
                    .andExpect(status().isCreated());
        }

        mvc.perform(get("/api/v1/reports").param("mentor", mentor.getId().toString()).header("Authorization", Program.bearer(mentor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[0].reportedOn").value(today.minusDays(2).toString()))
                .andExpect(jsonPath("$.items[2].reportedOn").value(today.minusDays(9).toString()));
        mvc.perform(get("/api/v1/reports").param("mentor", mentor.getId().toString()).header("Authorization", Program.bearer(other)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aMentorNarrowsTheirMenteesReportsByMonthAndActivityAsOnTheirPage() throws Exception {
        Person mentor = program.mentor("Mona");
        Person rep = program.rep("Raul");
        program.assign(rep, mentor);
        LocalDate today = LocalDate.now(clock);
        LocalDate earlier = today.minusMonths(2);
        for (var report : new Object[][] {{today, "WROTE_ARTICLE"}, {today, "ATTENDED_EVENT"}, {earlier, "WROTE_ARTICLE"}}) {
            mvc.perform(post("/api/v1/reports").header("Authorization", Program.bearer(rep))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json((LocalDate) report[0], (String) report[1], "Report " + report[1], null)))
                    .andExpect(status().isCreated());
        }

        mvc.perform(get("/api/v1/reports").param("mentor", mentor.getId().toString())
                        .param("month", java.time.YearMonth.from(today).toString()).param("activity", "WROTE_ARTICLE")
                        .header("Authorization", Program.bearer(mentor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].reportedOn").value(today.toString()));
        mvc.perform(get("/api/v1/reports").param("mentor", mentor.getId().toString()).param("month", "not a month")
                        .header("Authorization", Program.bearer(mentor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3));
    }

    @Test
    void scriptInADescriptionIsShownAsText() throws Exception {
        Person rep = program.rep("Xena");
        String location = mvc.perform(post("/api/v1/reports").header("Authorization", Program.bearer(rep))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(LocalDate.now(clock), "WROTE_ARTICLE", "<script>alert('x')</script>", null)))
                .andReturn().getResponse().getHeader("Location");
        String page = mvc.perform(get(location).header("Authorization", Program.bearer(rep)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>alert(");
    }

    static String json(LocalDate date, String activity, String description, String link) {
        return """
                {"date": "%s", "activity": "%s", "functionalArea": "EVENTS", "description": "%s"%s}"""
                .formatted(date, activity, description.replace("\"", "\\\""), link == null ? "" : ", \"link\": \"" + link + "\"");
    }
}
