package org.repsportal.availability;

import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.Mailbox;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.SignIn;
import org.repsportal.support.TestClock;
import org.repsportal.tasks.TaskPriority;
import org.repsportal.tasks.TaskRequested;
import org.repsportal.tasks.TaskType;
import org.repsportal.tasks.Tasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The daily absence watch on a moving clock: tasks covered and handed back, the return reminder, the feed. */
@PortalTest
class AbsenceWatchTests {

    private static final Instant MONDAY = Instant.parse("2031-03-03T07:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    Mailbox mailbox;

    @Autowired
    Absences absences;

    @Autowired
    AbsenceWatch watch;

    @Autowired
    Tasks tasks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @BeforeEach
    void itIsMonday() {
        clock.setTo(MONDAY);
    }

    @AfterEach
    void clockFollowsTheSystemAgain() {
        clock.reset();
    }

    @Test
    void theDelegateCoversTheTasksWhileThePersonIsAwayAndTheyComeBackAfter() throws Exception {
        Person mentor = program.mentor("Aiko");
        Person delegate = program.mentor("Bilal");
        Person mentee = program.rep("Cleo");
        long task = open(new TaskRequested(TaskType.FOLLOW_UP, "Send Cleo the slides", mentee.getId(), mentor.getId(),
                TaskPriority.NORMAL, today().plusDays(20), "absence-test:" + mentor.getId(), Set.of()));
        absences.declare(program.actor(mentor), new NewAbsence(today().plusDays(1), today().plusDays(5), delegate.getId(),
                null, "Away for a week", false, null));

        watch.watch(today());
        assertThat(assigneeOf(task)).as("not yet away").isEqualTo(mentor.getId());

        clock.advance(Duration.ofDays(1));
        watch.watch(today());
        assertThat(assigneeOf(task)).isEqualTo(delegate.getId());
        assertThat(watchersOf(task)).contains(mentor.getId());
        mvc.perform(get("/dashboard").cookie(SignIn.as(mvc, delegate)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("covering for Aiko, who is away")));
        mvc.perform(get("/tasks/{id}", task).cookie(SignIn.as(mvc, delegate)))
                .andExpect(content().string(containsString("covering for Aiko, who is away")));

        long later = open(new TaskRequested(TaskType.FOLLOW_UP, "Book the room", mentee.getId(), mentor.getId(),
                TaskPriority.NORMAL, today().plusDays(9), "absence-test-later:" + mentor.getId(), Set.of()));
        clock.advance(Duration.ofDays(1));
        watch.watch(today());
        assertThat(assigneeOf(later)).as("opened while away").isEqualTo(delegate.getId());

        clock.advance(Duration.ofDays(4));
        watch.watch(today());
        assertThat(assigneeOf(task)).as("back on the day after the last one").isEqualTo(mentor.getId());
        assertThat(assigneeOf(later)).isEqualTo(mentor.getId());
        assertThat(watchersOf(task)).doesNotContain(mentor.getId());
        assertThat(historyOf(task)).containsSubsequence("assigned to Bilal while Aiko is away", "back with Aiko, who returned");
        mvc.perform(get("/dashboard").cookie(SignIn.as(mvc, delegate)))
                .andExpect(content().string(not(containsString("covering for Aiko"))));
    }

    @Test
    void comingBackEarlyReturnsTheTasksAtOnce() {
        Person rep = program.rep("Dmitri");
        Person delegate = program.rep("Elif");
        long task = open(new TaskRequested(TaskType.FOLLOW_UP, "Write the event report", rep.getId(), rep.getId(),
                TaskPriority.NORMAL, today().plusDays(20), "absence-test:" + rep.getId(), Set.of()));
        long absence = absences.declare(program.actor(rep), new NewAbsence(today(), today().plusDays(10), delegate.getId(),
                null, "Away", false, null));
        assertThat(assigneeOf(task)).as("covered as soon as it is declared").isEqualTo(delegate.getId());

        clock.advance(Duration.ofDays(2));
        absences.end(program.actor(rep), absence);

        assertThat(assigneeOf(task)).isEqualTo(rep.getId());
    }

    @Test
    void onTheLastDayAwayThePersonAndTheirMentorAreRemindedOnce() {
        Person mentor = program.mentor("Femi");
        Person rep = program.menteeOf(mentor, "Greta");
        absences.declare(program.actor(rep), new NewAbsence(today().plusDays(1), today().plusDays(3), null, null, "Away", false, null));

        clock.advance(Duration.ofDays(2));
        watch.watch(today());
        assertThat(subjectsTo(rep)).isEmpty();

        clock.advance(Duration.ofDays(1));
        watch.watch(today());
        watch.watch(today());
        assertThat(subjectsTo(rep)).containsExactly("Welcome back on " + today().plusDays(1));
        assertThat(subjectsTo(mentor)).containsExactly("Greta is back on " + today().plusDays(1));
    }

    @Test
    void theAbsenceIsInThePersonsCalendarFeedAsWholeDays() throws Exception {
        Person rep = program.rep("Hugo");
        Person delegate = program.rep("Ines");
        long id = absences.declare(program.actor(rep), new NewAbsence(today().plusDays(7), today().plusDays(9), delegate.getId(),
                "Private matter", "Away", false, null));

        VEvent away = feedOf(rep).<VEvent>getComponents(Component.VEVENT).stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals("absence-" + id + "@reps-portal")).findFirst().orElseThrow();

        assertThat(away.getSummary().getValue()).isEqualTo("Away");
        assertThat(away.getDateTimeStart().getValue()).isEqualTo(today().plusDays(7).toString().replace("-", ""));
        assertThat(away.getDateTimeEnd().getValue()).as("exclusive end").isEqualTo(today().plusDays(10).toString().replace("-", ""));
        assertThat(away.getDescription().getValue()).isEqualTo("Delegate: Ines").doesNotContain("Private");
    }

    @Test
    void theProfileShowsABannerAndTheDirectoryAMarkerWhileSomeoneIsAway() throws Exception {
        Person rep = program.rep("Jasper Awayson");
        Person delegate = program.rep("Kaia");
        Person reader = program.rep("Luis");
        absences.declare(program.actor(rep), new NewAbsence(today(), today().plusDays(4), delegate.getId(), null, "Away", false, null));
        Cookie session = SignIn.as(mvc, reader);

        mvc.perform(get("/people/{id}", rep.getId()).cookie(session))
                .andExpect(content().string(containsString("id=\"away-banner\"")))
                .andExpect(content().string(containsString("Away until " + today().plusDays(4).getDayOfMonth())))
                .andExpect(content().string(containsString("Kaia")));
        mvc.perform(get("/people").param("q", "Awayson").cookie(session))
                .andExpect(content().string(containsString("away-marker")));

        clock.advance(Duration.ofDays(5));
        mvc.perform(get("/people/{id}", rep.getId()).cookie(session))
                .andExpect(content().string(not(containsString("id=\"away-banner\""))));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private long open(TaskRequested request) {
        tasks.open(request);
        return jdbc.sql("select id from tasks where source_ref = ?").param(request.sourceRef()).query(Long.class).single();
    }

    private long assigneeOf(long task) {
        return jdbc.sql("select assignee_id from tasks where id = ?").param(task).query(Long.class).single();
    }

    private List<Long> watchersOf(long task) {
        return jdbc.sql("select person_id from task_watchers where task_id = ?").param(task).query(Long.class).list();
    }

    private List<String> historyOf(long task) {
        return jdbc.sql("select body from task_entries where task_id = ? order by created_at, id").param(task).query(String.class).list();
    }

    private List<String> subjectsTo(Person person) {
        return mailbox.to(person).plainSubjects();
    }

    private Calendar feedOf(Person person) throws Exception {
        String url = com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/v1/me/calendar").header("Authorization", Program.bearer(person)))
                .andReturn().getResponse().getContentAsString(), "$.feedUrl");
        String body = mvc.perform(get(URI.create(url).getPath())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return new CalendarBuilder().build(new StringReader(body));
    }
}
