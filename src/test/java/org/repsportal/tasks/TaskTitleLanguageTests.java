package org.repsportal.tasks;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.reports.NewReport;
import org.repsportal.reports.Reports;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Task titles the portal writes are kept as a message key and its arguments, and read in each viewer's language. */
@PortalTest
@EnableScenarios
class TaskTitleLanguageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    Tasks tasks;

    @Autowired
    People people;

    @Autowired
    Reports reports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    TaskCalendar calendar;

    @Autowired
    org.repsportal.platform.Texts texts;

    @Test
    void aKeyedTitleIsReadInTheViewersLanguageOnThePagesTheApiAndTheCsv() throws Exception {
        Person spanish = program.mentor("Sofía Título");
        people.choosePortalLanguage(program.actor(spanish), spanish.getId(), "es");
        Task task = tasks.open(new TaskRequested(TaskType.ACTIVITY_VERIFICATION,
                TaskTitle.of("report.verify.task", "Wrote an article", "Rita Rep", "2026-11-01"), null, spanish.getId(),
                TaskPriority.NORMAL, null, "title-test:es:" + spanish.getId(), Set.of()));
        String inSpanish = "Verificar: Wrote an article de Rita Rep el 2026-11-01";

        assertThat(jdbc.sql("select title || '|' || title_key || '|' || array_to_string(title_args, '|') from tasks where id = ?")
                .param(task.getId()).query(String.class).single())
                .as("the text in the base language, and the key with its arguments")
                .isEqualTo("Verify: Wrote an article by Rita Rep on 2026-11-01|report.verify.task|Wrote an article|Rita Rep|2026-11-01");
        mvc.perform(get("/tasks").header("Authorization", Program.bearer(spanish)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(inSpanish)))
                .andExpect(content().string(not(containsString("Verify: Wrote"))));
        mvc.perform(get("/tasks/{id}", task.getId()).header("Authorization", Program.bearer(spanish)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>" + inSpanish + "</h1>")));
        mvc.perform(get("/api/v1/tasks").header("Authorization", Program.bearer(spanish)))
                .andExpect(jsonPath("$.items[0].title").value(inSpanish));
        String csv = mvc.perform(get("/tasks.csv").header("Authorization", Program.bearer(spanish)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(inSpanish);
    }

    @Test
    void theCalendarFeedWritesTheDueTaskInThePersonsLanguage() {
        Person spanish = program.mentor("Calendario Título");
        people.choosePortalLanguage(program.actor(spanish), spanish.getId(), "es");
        LocalDate due = LocalDate.now(clock).plusDays(3);
        tasks.open(new TaskRequested(TaskType.OTHER, TaskTitle.of("application.task.pack", "Nina Nueva"), null, spanish.getId(),
                TaskPriority.NORMAL, due, "title-test:calendar:" + spanish.getId(), Set.of()));

        assertThat(calendar.entriesFor(spanish.getId(), due.minusDays(1), due.plusDays(1), texts.forPerson(spanish.getId())))
                .extracting(org.repsportal.calendar.CalendarEntry::summary)
                .containsExactly("Vence: Envía el Paquete de bienvenida a Nina Nueva");
    }

    @Test
    void withoutAChoiceOnTheProfileTheApiFollowsAcceptLanguageAndATitleWithoutAKeyStaysAsWritten() throws Exception {
        Person mentor = program.mentor("Neutral Título");
        tasks.open(new TaskRequested(TaskType.OTHER, TaskTitle.of("alumni.task", 1, "Ana Alumna"), null, mentor.getId(),
                TaskPriority.NORMAL, LocalDate.of(2026, 12, 1), "title-test:choice:" + mentor.getId(), Set.of()));
        tasks.open(new TaskRequested(TaskType.OTHER, "Written by hand, long ago", null, mentor.getId(), TaskPriority.NORMAL,
                LocalDate.of(2026, 12, 2), "title-test:text:" + mentor.getId(), Set.of()));

        mvc.perform(get("/api/v1/tasks").header("Authorization", Program.bearer(mentor)).header("Accept-Language", "es"))
                .andExpect(jsonPath("$.items[0].title").value("Confirmar alumni: un Rep sin actividad desde hace un año (Ana Alumna)"))
                .andExpect(jsonPath("$.items[1].title").value("Written by hand, long ago"));
        mvc.perform(get("/api/v1/tasks").header("Authorization", Program.bearer(mentor)))
                .andExpect(jsonPath("$.items[0].title").value("Confirm alumni: one Rep silent for a year (Ana Alumna)"));
    }

    @Test
    void aTitleWhoseKeyTheBundlesNoLongerHoldShowsItsStoredText() throws Exception {
        Person mentor = program.mentor("Olvido Título");
        Task task = tasks.open(new TaskRequested(TaskType.OTHER, TaskTitle.of("report.verify.task", "A", "B", "C"), null,
                mentor.getId(), TaskPriority.NORMAL, null, "title-test:gone:" + mentor.getId(), Set.of()));
        jdbc.sql("update tasks set title_key = 'no.such.key' where id = ?").param(task.getId()).update();

        mvc.perform(get("/tasks/{id}", task.getId()).header("Authorization", Program.bearer(mentor)).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Verify: A by B on C</h1>")));
    }

    @Test
    void aListenerOpensTheVerificationTaskWithItsKeySoASpanishMentorReadsItInSpanish(Scenario scenario) throws Exception {
        Person mentor = program.mentor("Verónica Título");
        people.choosePortalLanguage(program.actor(mentor), mentor.getId(), "es");
        Person rep = program.rep("Ramón Título");
        program.assign(rep, mentor);
        LocalDate today = LocalDate.now(clock);

        Runnable file = () -> reports.file(program.actor(rep),
                new NewReport(today, "ORGANIZED_EVENT", "EVENTS", "A meetup", "https://example.org/meetup", null, null));
        scenario.stimulate(file)
                .andWaitForStateChange(() -> jdbc.sql("select title_key from tasks where assignee_id = ? and subject_person_id = ?")
                        .params(mentor.getId(), rep.getId()).query(String.class).optional(), found -> found.isPresent())
                .andVerify(key -> assertThat(key).contains("report.verify.task"));
        mvc.perform(get("/tasks").header("Authorization", Program.bearer(mentor)))
                .andExpect(content().string(containsString("Verificar: ")))
                .andExpect(content().string(containsString(" de Ramón Título el " + today)));
    }
}
