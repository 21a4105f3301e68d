package org.repsportal.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.reports.NewReport;
import org.repsportal.reports.Reports;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A task's page shows what the task is about and does its work in place; the queue's rows do it with htmx too. */
@PortalTest
class TaskSubjectPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    Reports reports;

    @Autowired
    Tasks tasks;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    /** Who verified the report, 0 while nobody did. */
    private long verifiedBy(long reportId) {
        return jdbc.sql("select coalesce(verified_by, 0) from activity_reports where id = ?").param(reportId)
                .query(Long.class).single();
    }

    private record Verification(Person mentor, Person rep, long reportId, long taskId) {
    }

    /** A verifiable report whose verification task is opened here (the Rep had no mentor when filing it). */
    private Verification verification(String name, Set<Long> watchers) {
        Person mentor = program.mentor(name + " Mentor");
        Person rep = program.rep(name + " Rep");
        LocalDate today = LocalDate.now(clock);
        String description = "A meetup about " + name + " with forty people";
        reports.file(program.actor(rep), new NewReport(today.minusDays(2), "ORGANIZED_EVENT", "EVENTS", description,
                "https://example.org/" + name.toLowerCase(), null, null));
        long reportId = jdbc.sql("select id from activity_reports where description = ?").param(description)
                .query(Long.class).single();
        program.assign(rep, mentor);
        Task task = tasks.open(new TaskRequested(TaskType.ACTIVITY_VERIFICATION, "Verify the meetup of " + name, rep.getId(),
                mentor.getId(), TaskPriority.NORMAL, today.plusDays(12), "report:" + reportId + ":verify", watchers));
        return new Verification(mentor, rep, reportId, task.getId());
    }

    @Test
    void aVerificationTaskShowsTheReportAndItsVerifyButtonVerifiesTheReportAndClosesTheTask() throws Exception {
        Verification v = verification("Quillon", Set.of());
        Cookie session = SignIn.as(mvc, v.mentor());

        mvc.perform(get("/tasks/{id}", v.taskId()).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("A meetup about Quillon with forty people"),
                        containsString("https://example.org/quillon"), containsString(LocalDate.now(clock).minusDays(2).toString()),
                        containsString("href=\"/reports/" + v.reportId() + "\""),
                        containsString("action=\"/tasks/" + v.taskId() + "/act\""))));

        mvc.perform(post("/tasks/{id}/act", v.taskId()).cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/tasks/" + v.taskId()))
                .andExpect(flash().attribute("flash", "task.act.done"));

        assertThat(verifiedBy(v.reportId())).isEqualTo(v.mentor().getId());
        assertThat(tasks.get(program.actor(v.mentor()), v.taskId()).getState()).isEqualTo(TaskState.CLOSED);
        mvc.perform(get("/tasks/{id}", v.taskId()).cookie(session))
                .andExpect(content().string(not(containsString("action=\"/tasks/" + v.taskId() + "/act\""))));
    }

    @Test
    void aWatcherWhoIsNotTheMentorIsRefusedByTheVerificationRuleAndAnHtmxRowShowsWhyInsideIt() throws Exception {
        Person watcher = program.mentor("Wanda Watcher");
        Verification v = verification("Rollo", Set.of(watcher.getId()));
        Cookie session = SignIn.as(mvc, watcher);

        mvc.perform(get("/tasks/{id}", v.taskId()).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("A meetup about Rollo"),
                        not(containsString("action=\"/tasks/" + v.taskId() + "/act\"")))));
        mvc.perform(post("/tasks/{id}/act", v.taskId()).cookie(session).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/tasks/{id}/act", v.taskId()).cookie(session).with(csrf()).header("HX-Request", "true")
                        .param("from", "dashboard"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"task-" + v.taskId() + "\""),
                        containsString("role=\"alert\""), containsString("verified by their mentor"), not(containsString("<html")))));

        assertThat(verifiedBy(v.reportId())).isZero();
        assertThat(tasks.get(program.actor(v.mentor()), v.taskId()).getState()).isEqualTo(TaskState.OPEN);
    }

    @Test
    void theDashboardQueueVerifiesInPlaceWithHtmxAndWithoutJavaScriptComesBackToTheDashboard() throws Exception {
        Verification first = verification("Dashia", Set.of());
        Cookie session = SignIn.as(mvc, first.mentor());

        mvc.perform(get("/dashboard").cookie(session))
                .andExpect(content().string(allOf(containsString("id=\"task-" + first.taskId() + "\""),
                        containsString("data-hx-post=\"/tasks/" + first.taskId() + "/act\""),
                        containsString("data-hx-target=\"#task-" + first.taskId() + "\""))));

        mvc.perform(post("/tasks/{id}/act", first.taskId()).cookie(session).with(csrf()).header("HX-Request", "true")
                        .param("from", "dashboard"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<tr id=\"task-" + first.taskId() + "\""),
                        containsString("Done, and the task is closed."), containsString("Closed"),
                        not(containsString("<html")), not(containsString("/tasks/" + first.taskId() + "/act")))));
        assertThat(verifiedBy(first.reportId())).isEqualTo(first.mentor().getId());

        Verification second = verification("Nojs", Set.of());
        mvc.perform(post("/tasks/{id}/act", second.taskId()).cookie(SignIn.as(mvc, second.mentor())).with(csrf())
                        .param("from", "dashboard"))
                .andExpect(redirectedUrl("/dashboard"));
        assertThat(verifiedBy(second.reportId())).isEqualTo(second.mentor().getId());
    }

    @Test
    void aTaskWhoseWorkIsDoneElsewhereHasNoActionInPlace() throws Exception {
        Person mentor = program.mentor("Ottilie Other");
        Task task = tasks.open(new TaskRequested(TaskType.OTHER, "Something else", null, mentor.getId(), TaskPriority.NORMAL,
                null, "other-test:" + mentor.getId(), Set.of()));

        mvc.perform(post("/tasks/{id}/act", task.getId()).cookie(SignIn.as(mvc, mentor)).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(tasks.get(program.actor(mentor), task.getId()).getState()).isEqualTo(TaskState.OPEN);
    }

    @Test
    void aCheckInDueTaskOffersToPlanACheckInWithTheMenteeChosen() throws Exception {
        Person mentor = program.mentor("Cadence Mentor");
        Person rep = program.rep("Cadence Rep");
        program.assign(rep, mentor);
        Task task = tasks.open(new TaskRequested(TaskType.CHECK_IN_DUE, "A check-in with Cadence Rep is due", rep.getId(),
                mentor.getId(), TaskPriority.NORMAL, LocalDate.now(clock).plusDays(3), "checkin-due-test:" + rep.getId(), Set.of()));
        Cookie session = SignIn.as(mvc, mentor);

        mvc.perform(get("/tasks/{id}", task.getId()).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/checkins/new?mentee=" + rep.getId() + "\""),
                        containsString("Plan a check-in"))));
        mvc.perform(get("/checkins/new").param("mentee", String.valueOf(rep.getId())).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + rep.getId() + "\" selected=\"selected\"")));
    }

    @Test
    void aBudgetReviewTaskLinksToTheRequest() throws Exception {
        Person mentor = program.mentor("Budget Linker");
        Task task = tasks.open(new TaskRequested(TaskType.BUDGET_REVIEW, "Review a budget", null, mentor.getId(),
                TaskPriority.NORMAL, null, "budget:987654:mentor-review", Set.of()));

        mvc.perform(get("/tasks/{id}", task.getId()).cookie(SignIn.as(mvc, mentor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/budgets/987654\"")));
    }
}
