package org.repsportal.platform;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.kagkarlsson.scheduler.event.ExecutionChain;
import com.github.kagkarlsson.scheduler.event.ExecutionInterceptor;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.repsportal.notifications.Mail;
import org.repsportal.notifications.MailCategory;
import org.repsportal.notifications.Outbox;
import org.repsportal.people.NewPerson;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.people.PersonStatus;
import org.repsportal.people.Role;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.SignIn;
import org.repsportal.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What operators read at {@code /actuator/prometheus}: only Admins and the scraper with the metrics token may; the
 * portal's own gauges follow the program's data (each reading kept for {@code portal.metrics.cache-for}, so the test
 * moves the clock past it before reading again); each job run is timed.
 */
@PortalTest
@EnableScenarios
// the database of ReassignmentTests (same configuration): this test moves the clock and writes mail
@TestPropertySource(properties = "portal.mentorship.confirmation-wait=7d")
class OperatorMetricsTests {

    private static final String SCRAPER = "Bearer test-scraper-token";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired Program program;
    @Autowired People people;
    @Autowired Outbox outbox;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired List<ExecutionInterceptor> interceptors;
    @Autowired List<RecurringTask<?>> jobs;

    private final Instant startedAt = Instant.now();
    private Instant readAt;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void onlyAdminsAndTheScraperWithTheMetricsTokenReadTheMetrics() throws Exception {
        Person admin = program.admin("Metrics Admin");
        Person council = program.council("Metrics Council");
        Person rep = program.rep("Metrics Rep");

        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer not-the-token")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").header("Authorization", Program.bearer(rep))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").header("Authorization", Program.bearer(council))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").cookie(SignIn.as(mvc, council))).andExpect(status().isForbidden());
        // the scraper's secret is for the metrics only
        mvc.perform(get("/api/v1/me").header("Authorization", SCRAPER)).andExpect(status().isUnauthorized());

        assertThat(scrape(Program.bearer(admin))).contains("portal_reps_without_mentor");
        assertThat(mvc.perform(get("/actuator/prometheus").cookie(SignIn.as(mvc, admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("portal_outbox_queued");
        assertThat(scrape(SCRAPER)).contains("portal_checkins_overdue");
    }

    @Test
    void theHealthGroupsTellTheDatabaseFromMail() throws Exception {
        mvc.perform(get("/actuator/health/database"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/mail"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void aRepWaitingEightDaysForAMentorCountsAndOneWaitingSixDoesNot() throws Exception {
        double before = gauge(freshScrape(), "portal_reps_without_mentor");
        LocalDate today = LocalDate.now(clock);
        register("Metrics Waiting Rep", today.minusDays(8));
        register("Metrics New Rep", today.minusDays(6));

        assertThat(gauge(freshScrape(), "portal_reps_without_mentor")).isEqualTo(before + 1);
    }

    @Test
    void aMentorshipWithoutACheckInForAMonthIsOverdue() throws Exception {
        Person mentor = program.mentor("Metrics Mentor");
        Person mentee = program.rep("Metrics Mentee");
        awaitListeners();
        double before = gauge(freshScrape(), "portal_checkins_overdue");

        // assigned a month ago: the first check-in was due within two weeks
        clock.setTo(Instant.now().minus(Duration.ofDays(30)));
        program.assign(mentee, mentor);
        clock.reset();

        assertThat(gauge(freshScrape(), "portal_checkins_overdue")).isEqualTo(before + 1);
    }

    @Test
    void openConcernsAreCountedByTheirAgeAndNothingElseOfThemIsShown() throws Exception {
        Person rep = program.rep("Metrics Concerned Rep");
        String scrape = freshScrape();
        double fresh = gauge(scrape, "portal_concerns_open", "age=\"under-2-days\"");
        double older = gauge(scrape, "portal_concerns_open", "age=\"7-to-30-days\"");

        raiseConcern(rep, "A fresh idea for the program");
        clock.setTo(Instant.now().minus(Duration.ofDays(10)));
        raiseConcern(rep, "An idea from ten days ago");
        clock.reset();

        scrape = freshScrape();
        assertThat(gauge(scrape, "portal_concerns_open", "age=\"under-2-days\"")).isEqualTo(fresh + 1);
        assertThat(gauge(scrape, "portal_concerns_open", "age=\"7-to-30-days\"")).isEqualTo(older + 1);
        assertThat(scrape).doesNotContain("A fresh idea").doesNotContain(rep.getEmail());
    }

    @Test
    void theOutboxBacklogAndItsFailuresAreCounted() throws Exception {
        Person rep = program.rep("Metrics Mail Rep");
        awaitListeners();
        double queued = gauge(freshScrape(), "portal_outbox_queued");

        outbox.queue(Mail.to(rep.getId(), MailCategory.TASKS, "A task for you", "Please have a look."));

        String scrape = freshScrape();
        assertThat(gauge(scrape, "portal_outbox_queued")).isEqualTo(queued + 1);
        assertThat(gauge(scrape, "portal_outbox_failed")).isEqualTo(
                jdbc.sql("select count(*) from mail_messages where status = 'FAILED'").query(Long.class).single().doubleValue());
    }

    @Test
    void aJobRunIsTimedWithItsLastRunAndDuration() throws Exception {
        RecurringTask<?> job = jobs.stream().filter(j -> j.getName().equals("identity-forget-sign-in-attempts")).findFirst().orElseThrow();
        String label = "job=\"" + job.getName() + "\"";
        double runs = gaugeOrZero(freshScrape(), "portal_job_duration_seconds_count", label, "outcome=\"success\"");
        Instant ran = clock.instant();

        run(job);

        String scrape = scrape(SCRAPER);
        assertThat(gauge(scrape, "portal_job_duration_seconds_count", label, "outcome=\"success\"")).isEqualTo(runs + 1);
        assertThat(gauge(scrape, "portal_job_last_run_seconds", label)).isGreaterThanOrEqualTo(ran.getEpochSecond());
        assertThat(gauge(scrape, "portal_job_last_duration_seconds", label)).isGreaterThanOrEqualTo(0);
    }

    /** Runs the job the way the scheduler does, through every interceptor it was given. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void run(RecurringTask<?> job) {
        new ExecutionChain(interceptors, job).proceed(job.instance(RecurringTask.INSTANCE), null);
    }

    private void register(String name, LocalDate joinedOn) {
        people.register(new NewPerson(name, name + " Fullname", "metrics." + SEQUENCE.incrementAndGet() + "." + System.nanoTime()
                + "@test.example", "DE", "Berlin", "Europe/Berlin", Set.of("en"), Set.of("EVENTS"), null, joinedOn,
                EnumSet.of(Role.REP), PersonStatus.ACTIVE));
    }

    private void raiseConcern(Person rep, String summary) throws Exception {
        mvc.perform(post("/api/v1/concerns").header("Authorization", Program.bearer(rep)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"SUCCESS_OR_IDEA\",\"summary\":\"%s\",\"details\":\"For everyone\"}".formatted(summary)))
                .andExpect(status().isCreated());
    }

    /** A scrape after every reading kept so far has expired: the clock stands past the last fresh scrape's cache time. */
    private String freshScrape() throws Exception {
        Instant now = clock.instant();
        readAt = (readAt == null || now.isAfter(readAt) ? now : readAt).plus(Duration.ofSeconds(61));
        clock.setTo(readAt);
        return scrape(SCRAPER);
    }

    private String scrape(String authorization) throws Exception {
        return mvc.perform(get("/actuator/prometheus").header("Authorization", authorization))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** The value of the one sample of {@code name} with all the given labels. */
    private static double gauge(String scrape, String name, String... labels) {
        List<Double> values = samples(scrape, name, labels);
        assertThat(values).as("%s %s in%n%s", name, List.of(labels), scrape).hasSize(1);
        return values.get(0);
    }

    private static double gaugeOrZero(String scrape, String name, String... labels) {
        List<Double> values = samples(scrape, name, labels);
        return values.isEmpty() ? 0 : values.get(0);
    }

    private static List<Double> samples(String scrape, String name, String... labels) {
        return scrape.lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> List.of(labels).stream().allMatch(line::contains))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .toList();
    }

    /** Listeners run after commit on other threads; the test goes on once every event since it started was handled. */
    private void awaitListeners() {
        await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10)).atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                        select count(*) from event_publication where completion_date is null and publication_date >= ?""")
                .param(Timestamp.from(startedAt)).query(Long.class).single() == 0);
    }
}
