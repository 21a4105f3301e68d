package org.repsportal.mentorship;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.people.PersonStatus;
import org.repsportal.people.Role;
import org.repsportal.platform.IllegalTransitionException;
import org.repsportal.reports.NewReport;
import org.repsportal.reports.Reports;
import org.repsportal.support.Mailbox;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.TestClock;
import org.repsportal.tasks.TaskPriority;
import org.repsportal.tasks.TaskRequested;
import org.repsportal.tasks.TaskType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The way to alumni on a moving clock, through the daily jobs and the services: the notice after eleven months
 * without a report, the answer that the mentor confirms, the Council's task after a year with no answer for four
 * weeks, the move to alumni and its undoing within a year.
 */
@PortalTest
@EnableScenarios
// the database of ReassignmentTests (same configuration): the daily jobs read every Rep there, not the shared one's
@org.springframework.test.context.TestPropertySource(properties = "portal.mentorship.confirmation-wait=7d")
class AlumniWatchTests {

    /** Delivering mail is transport, not a rule of the program: the test reads what the portal queued. */
    private static final String DELIVERS_MAIL = "notifications-send-outbox";

    @Autowired Program program;
    @Autowired Mailbox mailbox;
    @Autowired People people;
    @Autowired Mentorships mentorships;
    @Autowired AlumniWatch alumni;
    @Autowired Reports reports;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired List<RecurringTask<?>> jobs;

    private final Instant startedAt = Instant.now();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAnswerTheMentorConfirmsResetsTheClockAndAYearWithoutAnAnswerEndsWithTheCouncilsConfirmation() throws Exception {
        LocalDate start = LocalDate.now(clock).plusYears(3);
        moveTo(start);
        Person council = program.council("Alumni Council");
        Person mentor = program.mentor("Alumni Mentor");
        Person rep = program.menteeOf(mentor, "Alumna");
        report(rep, start);

        moveTo(start.plusMonths(11).minusDays(1));
        runDailyJobs();
        assertThat(stateOf(rep)).as("under eleven months of silence").isNull();

        moveTo(start.plusMonths(11).plusDays(1));
        runDailyJobs();
        assertThat(stateOf(rep)).isEqualTo("NOTICED");
        assertThat(mailsTo(rep, "We have not heard from you")).isOne();
        assertThat(mailsTo(mentor, "Alumna has not reported for eleven months")).isOne();

        assertThatThrownBy(() -> alumni.confirmActivity(program.actor(mentor), rep.getId()))
                .as("nothing to confirm before the answer").isInstanceOf(IllegalTransitionException.class);
        alumni.answer(program.actor(rep), "I organise the Nairobi Python meetup", "https://example.org/meetup");
        assertThat(stateOf(rep)).isEqualTo("ANSWERED");
        assertThat(mailsTo(mentor, "Alumna answered the alumni notice")).isOne();
        assertThatThrownBy(() -> alumni.confirmActivity(program.actor(program.mentor("Alumni Stranger")), rep.getId()))
                .isInstanceOf(org.repsportal.platform.NotFoundException.class);
        alumni.confirmActivity(program.actor(mentor), rep.getId());
        assertThat(stateOf(rep)).isEqualTo("RESET");
        LocalDate resetOn = LocalDate.now(clock);

        moveTo(start.plusMonths(13));
        runDailyJobs();
        assertThat(stateOf(rep)).as("the silence counts from the confirmation").isEqualTo("RESET");
        assertThat(mailsTo(rep, "We have not heard from you")).isOne();

        moveTo(resetOn.plusMonths(11).plusDays(1));
        runDailyJobs();
        assertThat(stateOf(rep)).as("eleven months after the confirmation").isEqualTo("NOTICED");
        assertThat(mailsTo(rep, "We have not heard from you")).isEqualTo(2);
        transactions.executeWithoutResult(s -> events.publishEvent(new TaskRequested(TaskType.FOLLOW_UP, "Follow up with Alumna",
                rep.getId(), mentor.getId(), TaskPriority.NORMAL, null, "test:alumna:" + rep.getId(), Set.of())));
        awaitListeners();

        moveTo(resetOn.plusMonths(12).minusDays(1));
        runDailyJobs();
        assertThat(stateOf(rep)).as("four weeks without an answer, but not yet a year").isEqualTo("NOTICED");

        moveTo(resetOn.plusMonths(12).plusDays(1));
        runDailyJobs();
        assertThat(stateOf(rep)).isEqualTo("WITH_COUNCIL");
        LocalDate toCouncilOn = LocalDate.now(clock);
        assertThat(jdbc.sql("select title from tasks where type = 'REASSIGNMENT' and source_ref = ? and state = 'OPEN'")
                .param("alumni:" + toCouncilOn).query(String.class).single()).contains("Alumna");
        assertThatThrownBy(() -> alumni.answer(program.actor(rep), "Too late?", null)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> alumni.confirmAlumni(program.actor(mentor), rep.getId()))
                .isInstanceOf(org.repsportal.platform.ForbiddenException.class);

        alumni.confirmAlumni(program.actor(council), rep.getId());
        awaitListeners();

        assertThat(people.get(rep.getId()).getStatus()).isEqualTo(PersonStatus.ALUMNI);
        assertThat(people.get(rep.getId()).getRoles()).contains(Role.ALUMNI);
        assertThat(mentorships.currentMentorOf(rep.getId())).isEmpty();
        assertThat(mentorships.historyOf(rep.getId()).get(0).getEndReason()).isEqualTo("moved to alumni");
        assertThat(openTasksAbout(rep)).as("their tasks close").isZero();
        mvc.perform(get("/people/{id}", rep.getId()).header("Authorization", Program.bearer(council)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("badge text-bg-warning\">Alumni<")));

        Instant alumniFrom = clock.instant();
        for (int month = 1; month <= 6; month++) {
            moveTo(toCouncilOn.plusMonths(month));
            runDailyJobs();
        }
        assertThat(mailbox.to(rep).after(alumniFrom).count())
                .as("no reminder, notice or check-in mail reaches an alumnus").isZero();
    }

    @Test
    void theCouncilMayUndoAMoveToAlumniWithinTwelveMonthsAndNotAfter() {
        LocalDate start = LocalDate.now(clock).plusYears(6);
        moveTo(start);
        Person council = program.council("Undo Council");
        Person mentor = program.mentor("Undo Mentor");
        Person early = program.menteeOf(mentor, "Undone Early");
        Person late = program.menteeOf(mentor, "Undone Late");
        report(early, start);
        report(late, start);

        moveTo(start.plusMonths(11).plusDays(1));
        runDailyJobs();
        moveTo(start.plusMonths(12).plusDays(1));
        runDailyJobs();
        assertThat(stateOf(early)).isEqualTo("WITH_COUNCIL");
        alumni.confirmAlumni(program.actor(council), early.getId());
        alumni.confirmAlumni(program.actor(council), late.getId());
        assertThatThrownBy(() -> alumni.confirmAlumni(program.actor(council), late.getId()))
                .isInstanceOf(IllegalTransitionException.class);
        LocalDate alumniOn = LocalDate.now(clock);

        moveTo(alumniOn.plusMonths(12).minusDays(1));
        alumni.undo(program.actor(council), early.getId());
        assertThat(people.get(early.getId()).getStatus()).isEqualTo(PersonStatus.ACTIVE);
        assertThat(people.get(early.getId()).getRoles()).doesNotContain(Role.ALUMNI);
        assertThat(stateOf(early)).isEqualTo("UNDONE");

        moveTo(alumniOn.plusMonths(12));
        assertThatThrownBy(() -> alumni.undo(program.actor(council), late.getId()))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("alumni.undo-too-late");
        assertThat(people.get(late.getId()).getStatus()).isEqualTo(PersonStatus.ALUMNI);

        runDailyJobs();
        assertThat(stateOf(early)).as("the clock starts again on the day of the undo").isEqualTo("UNDONE");
    }

    @Test
    void aReportAfterTheNoticeEndsIt() {
        LocalDate start = LocalDate.now(clock).plusYears(9);
        moveTo(start);
        Person rep = program.rep("Alumni Returner");
        program.assign(rep, program.mentor("Returner Mentor"));
        report(rep, start);
        moveTo(start.plusMonths(11).plusDays(1));
        runDailyJobs();
        assertThat(stateOf(rep)).isEqualTo("NOTICED");

        report(rep, LocalDate.now(clock));
        moveTo(start.plusMonths(11).plusDays(2));
        runDailyJobs();

        assertThat(stateOf(rep)).isNull();
        moveTo(start.plusMonths(12).plusDays(5));
        runDailyJobs();
        assertThat(stateOf(rep)).as("silent for a month only").isNull();
    }

    private void report(Person rep, LocalDate on) {
        reports.file(program.actor(rep), new NewReport(on, "ATTENDED_EVENT", "EVENTS", "A community meetup", null, null, null));
    }

    private String stateOf(Person person) {
        return jdbc.sql("select state from alumni_watch where person_id = ?").param(person.getId()).query(String.class)
                .optional().orElse(null);
    }

    private long mailsTo(Person person, String subject) {
        return mailbox.to(person).subjectContaining(subject).count();
    }

    private long openTasksAbout(Person person) {
        return jdbc.sql("""
                        select count(*) from tasks where (subject_person_id = ? or assignee_id = ?)
                        and state in ('OPEN', 'IN_PROGRESS', 'WAITING')""")
                .param(person.getId()).param(person.getId()).query(Long.class).single();
    }

    private void moveTo(LocalDate day) {
        clock.setTo(day.atTime(7, 0).toInstant(ZoneOffset.UTC));
    }

    private void runDailyJobs() {
        awaitListeners();
        for (RecurringTask<?> job : jobs) {
            if (!job.getName().equals(DELIVERS_MAIL)) {
                runOnce(job);
            }
        }
        awaitListeners();
    }

    @SuppressWarnings("unchecked")
    private static <T> void runOnce(RecurringTask<T> job) {
        job.execute(job.instance(RecurringTask.INSTANCE), null);
    }

    /** Listeners run after commit on other threads; the test goes on once every event since it started was handled. */
    private void awaitListeners() {
        await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10)).atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                        select count(*) from event_publication where completion_date is null and publication_date >= ?""")
                .param(Timestamp.from(startedAt)).query(Long.class).single() == 0);
    }
}
