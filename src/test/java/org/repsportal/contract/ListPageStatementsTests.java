package org.repsportal.contract;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.reports.NewReport;
import org.repsportal.reports.Reports;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.Statements;
import org.repsportal.tasks.TaskPriority;
import org.repsportal.tasks.TaskRequested;
import org.repsportal.tasks.TaskType;
import org.repsportal.tasks.Tasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every list page and dashboard reads as many statements for a program ten times larger: a Council member who
 * mentors 3 Reps, then 30, each Rep with reports, a task for them, an absence, an event, a concern and a board
 * thread. A page whose statements grow with its rows (one query per row) fails, naming the page.
 */
@PortalTest
class ListPageStatementsTests {

    static final List<String> PAGES = List.of("/dashboard", "/people", "/people?q=grow", "/tasks", "/reports",
            "/reports/mentees", "/dashboard/unmentored", "/dashboard/mentors", "/dashboard/orphans", "/council/checkins",
            "/checkins", "/absences", "/mentorship", "/concerns", "/council/concerns", "/board", "/events", "/budgets",
            "/budgets/council", "/applications", "/onboarding", "/library", "/council", "/api/v1/mentees", "/api/v1/reports",
            "/api/v1/tasks", "/api/v1/events", "/api/v1/council/queue");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired MockMvc mvc;
    @Autowired Program program;
    @Autowired Reports reports;
    @Autowired Tasks tasks;
    @Autowired Clock clock;

    @Test
    void everyListPageReadsAsManyStatementsForThirtyRowsAsForThree() throws Exception {
        Person council = program.person("Grow Council", org.repsportal.people.Role.COUNCIL, org.repsportal.people.Role.MENTOR,
                org.repsportal.people.Role.REP);
        grow(council, 0, 3);
        Map<String, List<String>> small = statements(council);

        grow(council, 3, 30);
        Map<String, List<String>> large = statements(council);

        var growing = new java.util.ArrayList<String>();
        for (String page : PAGES) {
            if (large.get(page).size() != small.get(page).size()) {
                growing.add(page + ": " + small.get(page).size() + " statements for 3 rows, " + large.get(page).size()
                        + " for 30:\n    " + String.join("\n    ", large.get(page)));
            }
        }
        assertThat(growing).as("pages whose statements grow with their rows").isEmpty();
    }

    /** The statements of each page as the reader, after a first request that warms caches up. */
    private Map<String, List<String>> statements(Person reader) throws Exception {
        var statements = new LinkedHashMap<String, List<String>>();
        for (String page : PAGES) {
            mvc.perform(get(page).header("Authorization", Program.bearer(reader))).andExpect(status().isOk());
            var recorded = Statements.recordedWhile(() -> mvc.perform(get(page).header("Authorization", Program.bearer(reader)))
                    .andExpect(status().isOk()));
            assertThat(recorded).as("the statements of %s", page).isNotEmpty();
            statements.put(page, recorded.stream().map(Statements.Recorded::sql).toList());
        }
        return statements;
    }

    /** Reps {@code from} to {@code to}, each mentored by the Council member, active everywhere the pages list. */
    private void grow(Person council, int from, int to) throws Exception {
        LocalDate today = LocalDate.now(clock);
        for (int i = from; i < to; i++) {
            Person rep = program.rep("Grow Rep " + i);
            program.assign(rep, council);
            program.rep("Grow Waiting " + i);
            reports.file(program.actor(rep), new NewReport(today.minusDays(i % 20), "ATTENDED_EVENT", "EVENTS", "Went", null, null, null));
            reports.file(program.actor(rep), new NewReport(today.minusDays(30 + i % 20), "ATTENDED_EVENT", "EVENTS", "Went", null, null, null));
            tasks.open(new TaskRequested(TaskType.FOLLOW_UP, "Grow follow-up " + i, rep.getId(), council.getId(), TaskPriority.NORMAL,
                    today.plusDays(i % 10), "grow:" + council.getId() + ":" + i, Set.of()));
            call(rep, "/api/v1/absences", Map.of("from", today.plusDays(60 + i).toString(), "to", today.plusDays(62 + i).toString(),
                    "autoReply", "Away for a few days"));
            LocalDate on = today.plusDays(40 + i);
            call(rep, "/api/v1/events", Map.of("name", "Grow meetup " + i, "type", "MEETUP", "startsOn", on.toString(),
                    "endsOn", on.toString(), "timeZone", "Europe/Berlin", "online", true, "expectedAttendance", 20,
                    "goals", "Meet the community",
                    "agenda", List.of(Map.of("startsAt", "18:00", "title", "Welcome")),
                    "metrics", List.of(Map.of("name", "Attendees", "expected", "20"), Map.of("name", "Sign-ups", "expected", "5"),
                            Map.of("name", "Posts", "expected", "2"))));
            call(rep, "/api/v1/concerns", Map.of("category", "SUCCESS_OR_IDEA", "summary", "An idea " + i,
                    "details", "A program-wide idea"));
            call(council, "/api/v1/board/threads", Map.of("title", "Grow question " + i, "body", "How do you run check-ins?"));
        }
    }

    private void call(Person caller, String uri, Object body) throws Exception {
        MockHttpServletResponse response = mvc.perform(post(uri).header("Authorization", Program.bearer(caller))
                .contentType("application/json").content(JSON.writeValueAsString(body))).andReturn().getResponse();
        assertThat(response.getStatus()).as("%s: %s", uri, response.getContentAsString(StandardCharsets.UTF_8)).isLessThan(300);
    }
}
