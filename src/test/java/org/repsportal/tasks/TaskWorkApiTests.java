package org.repsportal.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.reports.NewReport;
import org.repsportal.reports.Reports;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The JSON twins of the Council's queue ({@code GET /api/v1/council/queue}, what the hub's first tab lists) and of a
 * task's action in place ({@code POST /api/v1/tasks/{id}/act}, what its Verify button does), over the same service.
 */
@PortalTest
class TaskWorkApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    Tasks tasks;

    @Autowired
    Reports reports;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    private static MockHttpServletRequestBuilder as(Person person, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", Program.bearer(person)).accept("application/json");
    }

    private Task task(String title, Long subjectId, Person assignee, LocalDate dueOn, Set<Long> watchers) {
        return tasks.open(new TaskRequested(TaskType.OTHER, title, subjectId, assignee.getId(), TaskPriority.MAJOR, dueOn,
                "queue-test:" + title, watchers));
    }

    @Test
    void theCouncilsQueueListsTheOpenTasksAMemberIsGivenOrWatchesSoonestDueFirstAPageAtATime() throws Exception {
        Person member = program.council("Quinn Queue");
        Person colleague = program.council("Colm Colleague");
        Person rep = program.rep("Ruth Subject");
        LocalDate today = LocalDate.now(clock);
        Task overdue = task("Call Ruth back", rep.getId(), member, today.minusDays(2), Set.of());
        Task watched = task("Colm's escalation Quinn watches", null, colleague, today.plusDays(5), Set.of(member.getId()));
        Task later = task("Read the quarterly notes", null, member, today.plusDays(9), Set.of());
        Task closed = task("Already done", null, member, today.minusDays(1), Set.of());
        tasks.resolve(program.actor(member), closed.getId(), "done");
        task("Not Quinn's", null, colleague, today, Set.of());

        mvc.perform(as(member, get("/api/v1/council/queue")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.contains(
                        overdue.getId().intValue(), watched.getId().intValue(), later.getId().intValue())))
                .andExpect(jsonPath("$.items[0].title").value("Call Ruth back"))
                .andExpect(jsonPath("$.items[0].overdue").value(true))
                .andExpect(jsonPath("$.items[0].subjectPersonId").value(rep.getId()))
                .andExpect(jsonPath("$.items[0].subjectName").value("Ruth Subject"))
                .andExpect(jsonPath("$.items[0].priority").value("MAJOR"))
                .andExpect(jsonPath("$.items[0].dueOn").value(today.minusDays(2).toString()))
                .andExpect(jsonPath("$.items[1].overdue").value(false))
                .andExpect(jsonPath("$.items[1].assigneeName").value("Colm Colleague"));

        mvc.perform(as(member, get("/api/v1/council/queue").param("page", "1").param("size", "2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(later.getId().intValue()));

        String page = mvc.perform(get("/council").header("Authorization", Program.bearer(member)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).as("the hub's tab lists the same tasks").contains("id=\"task-" + overdue.getId() + "\"",
                "id=\"task-" + watched.getId() + "\"", "id=\"task-" + later.getId() + "\"")
                .doesNotContain("id=\"task-" + closed.getId() + "\"");
    }

    @Test
    void theCouncilsQueueIsForTheCouncilOnlyAndAMistypedPageIsAProblemNamingIt() throws Exception {
        for (Person outsider : new Person[]{program.rep("Ria Outsider"), program.mentor("Max Outsider"),
                program.admin("Ada Outsider")}) {
            mvc.perform(as(outsider, get("/api/v1/council/queue")))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.status").value(403));
        }
        mvc.perform(get("/api/v1/council/queue").accept("application/json")).andExpect(status().isUnauthorized());

        mvc.perform(as(program.council("Paula Pager"), get("/api/v1/council/queue").param("page", "second")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("page")));
    }

    private record Verification(Person mentor, Person rep, long reportId, long taskId) {
    }

    /** A report of the Rep waiting for the mentor's verification, and its task. */
    private Verification verification(String name, Set<Long> watchers) {
        Person mentor = program.mentor(name + " Mentor");
        Person rep = program.rep(name + " Rep");
        LocalDate today = LocalDate.now(clock);
        String description = "A workshop about " + name + " for the API";
        reports.file(program.actor(rep), new NewReport(today.minusDays(3), "ORGANIZED_EVENT", "EVENTS", description,
                "https://example.org/api-" + name.toLowerCase(), null, null));
        long reportId = jdbc.sql("select id from activity_reports where description = ?").param(description)
                .query(Long.class).single();
        program.assign(rep, mentor);
        Task task = tasks.open(new TaskRequested(TaskType.ACTIVITY_VERIFICATION, "Verify the workshop of " + name,
                rep.getId(), mentor.getId(), TaskPriority.NORMAL, today.plusDays(10), "report:" + reportId + ":verify", watchers));
        return new Verification(mentor, rep, reportId, task.getId());
    }

    private long verifiedBy(long reportId) {
        return jdbc.sql("select coalesce(verified_by, 0) from activity_reports where id = ?").param(reportId)
                .query(Long.class).single();
    }

    @Test
    void actingOnAVerificationTaskVerifiesTheReportAndAnswersTheClosedTaskAndASecondTimeIsAConflict() throws Exception {
        Verification v = verification("Apiary", Set.of());

        mvc.perform(as(v.mentor(), post("/api/v1/tasks/{id}/act", v.taskId())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value((int) v.taskId()))
                .andExpect(jsonPath("$.state").value("CLOSED"))
                .andExpect(jsonPath("$.type").value("ACTIVITY_VERIFICATION"));
        assertThat(verifiedBy(v.reportId())).isEqualTo(v.mentor().getId());

        mvc.perform(as(v.mentor(), post("/api/v1/tasks/{id}/act", v.taskId())))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(409));
    }

    @Test
    void aWatcherWhomTheVerificationRuleRefusesIsForbiddenAndTheReportStaysUnverified() throws Exception {
        Person watcher = program.mentor("Walt Watcher");
        Verification v = verification("Apicultor", Set.of(watcher.getId()));

        mvc.perform(as(watcher, post("/api/v1/tasks/{id}/act", v.taskId())))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(containsString("verified by their mentor")));

        assertThat(verifiedBy(v.reportId())).isZero();
        assertThat(tasks.get(program.actor(v.mentor()), v.taskId()).getState()).isEqualTo(TaskState.OPEN);
    }

    @Test
    void aTaskTheCallerMayNotSeeOrThatDoesNotExistIsNotFound() throws Exception {
        Verification v = verification("Apiculture", Set.of());

        mvc.perform(as(program.mentor("Stranger Mentor"), post("/api/v1/tasks/{id}/act", v.taskId())))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(not(containsString("Apiculture"))));
        mvc.perform(as(v.mentor(), post("/api/v1/tasks/{id}/act", 987_654_321L)))
                .andExpect(status().isNotFound());
        mvc.perform(as(v.mentor(), post("/api/v1/tasks/{id}/act", "seven")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        assertThat(verifiedBy(v.reportId())).isZero();
    }

    @Test
    void aTaskWhoseWorkIsDoneElsewhereHasNoActionInPlaceAndIsAConflict() throws Exception {
        Person mentor = program.mentor("Otto Elsewhere");
        Task other = task("Something done elsewhere", null, mentor, null, Set.of());

        mvc.perform(as(mentor, post("/api/v1/tasks/{id}/act", other.getId())))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        assertThat(tasks.get(program.actor(mentor), other.getId()).getState()).isEqualTo(TaskState.OPEN);
    }
}
