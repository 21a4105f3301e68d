package org.repsportal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.repsportal.identity.AccessTokens;
import org.repsportal.identity.Accounts;
import org.repsportal.notifications.Mail;
import org.repsportal.notifications.MailCategory;
import org.repsportal.notifications.Outbox;
import org.repsportal.notifications.OutboxSending;
import org.repsportal.people.NewPerson;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.people.PersonStatus;
import org.repsportal.people.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two portal instances, each started as the jar starts, on one PostgreSQL that is external to both (a server
 * this test starts): they share sessions, run each recurring job once per period between them, send each mail
 * once when both send, survive the database going away and coming back, and shut down in time.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesOnOneDatabaseTests {

    private static final String PASSWORD = "two instances, one program";

    /** Each job execution, as (task, scheduled time), and how many times some instance completed it. */
    static final Map<String, AtomicInteger> EXECUTIONS = new ConcurrentHashMap<>();

    static Path dataDir;
    static int port;
    static EmbeddedPostgres postgres;
    static GreenMail smtp;
    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;
    static Person person;
    static final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @BeforeAll
    static void startOneDatabaseAndTwoInstances() throws IOException {
        dataDir = Files.createTempDirectory("reps-portal-external-pg");
        postgres = startPostgres(0);
        port = postgres.getPort();
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        first = instance();
        second = instance();
        person = register(first);
    }

    @AfterAll
    static void stopEverything() throws IOException {
        for (var instance : new ConfigurableApplicationContext[] {first, second}) {
            if (instance != null && instance.isActive()) {
                instance.close();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void neitherInstanceStartsAnEmbeddedServerAndBothUseTheGivenDatabase() {
        for (var instance : List.of(first, second)) {
            assertThat(instance.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
            assertThat(instance.getBean(DataSource.class).getClass().getName()).contains("Hikari");
            assertThat(JdbcClient.create(instance.getBean(DataSource.class)).sql("show port")
                    .query(String.class).single()).isEqualTo(String.valueOf(port));
        }
        assertThat(JdbcClient.create(first.getBean(DataSource.class))
                .sql("select count(*) from people where id = ?").param(person.getId()).query(Long.class).single())
                .as("a person registered on the first instance").isEqualTo(1);
        assertThat(JdbcClient.create(second.getBean(DataSource.class))
                .sql("select count(*) from people where id = ?").param(person.getId()).query(Long.class).single())
                .as("is seen by the second").isEqualTo(1);
    }

    @Test
    @Order(2)
    void aSessionSignedInOnOneInstanceIsValidOnTheOther() throws Exception {
        String session = signIn(first);

        HttpResponse<String> me = http.send(HttpRequest.newBuilder(url(second, "/api/v1/me"))
                .header("Cookie", "SESSION=" + session).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains(person.getEmail());
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(url(second, "/settings"))
                .header("Cookie", "SESSION=" + session).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void everyRecurringJobRunsOncePerPeriodAcrossBothInstances() {
        JdbcClient jdbc = JdbcClient.create(first.getBean(DataSource.class));
        List<String> recurring = jdbc.sql("select task_name from scheduled_tasks where task_instance = 'recurring' order by 1")
                .query(String.class).list();
        assertThat(recurring).contains("notifications-send-outbox", "notifications-daily-digest",
                "reports-inactivity-reminders", "checkins-cadence-watch", "identity-forget-sign-in-attempts");
        Instant due = Instant.now().minusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

        jdbc.sql("update scheduled_tasks set execution_time = ? where task_instance = 'recurring'")
                .param(java.sql.Timestamp.from(due)).update();

        try {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                    .until(() -> recurring.stream().allMatch(task -> EXECUTIONS.containsKey(task + "@" + due)));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("due " + due + ", executions seen: " + EXECUTIONS.keySet(), e);
        }
        // both schedulers keep polling; give the second a few of its polls to run anything twice, then count
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> true);
        for (String task : recurring) {
            assertThat(EXECUTIONS.get(task + "@" + due)).as(task).hasValue(1);
        }
        assertThat(EXECUTIONS.values()).allSatisfy(count -> assertThat(count).hasValue(1));
    }

    @Test
    @Order(4)
    void theOutboxSendsEachMailOnceWhenBothInstancesSend() throws Exception {
        int before = smtp.getReceivedMessages().length;
        Outbox outbox = first.getBean(Outbox.class);
        for (int i = 0; i < 40; i++) {
            outbox.queue(Mail.to(person.getId(), MailCategory.TASKS, "Shared outbox " + i, "Mail number " + i));
        }

        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (var instance : List.of(first, second, first, second)) {
                    runs.add(senders.submit((Callable<Integer>) () -> OutboxSending.sendDue(instance)));
                }
            }
            int handled = 0;
            for (Future<Integer> run : runs) {
                handled += run.get();
            }
            assertThat(handled).as("mail handled by both together").isGreaterThanOrEqualTo(40);
        } finally {
            senders.shutdownNow();
        }

        MimeMessage[] received = smtp.getReceivedMessages();
        List<String> subjects = new ArrayList<>();
        for (int i = before; i < received.length; i++) {
            subjects.add(received[i].getSubject());
        }
        assertThat(subjects.stream().filter(subject -> subject.contains("Shared outbox ")).toList())
                .hasSize(40).doesNotHaveDuplicates();
    }

    @Test
    @Order(5)
    void withTheDatabaseGoneRequestsFailFastWith503AndThePortalRecoversWhenItIsBack() throws Exception {
        String session = signIn(first);
        postgres.close();

        HttpResponse<String> api = timed(HttpRequest.newBuilder(url(first, "/api/v1/me"))
                .header("Authorization", "Bearer " + tokenOf(person)).build());
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(api.body()).contains("\"status\":503");

        HttpResponse<String> page = timed(HttpRequest.newBuilder(url(first, "/people"))
                .header("Cookie", "SESSION=" + session).build());
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("<html").contains("cannot reach its database");

        HttpResponse<String> health = timed(HttpRequest.newBuilder(url(second, "/actuator/health")).build());
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("DOWN");

        postgres = startPostgres(port);

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).until(() ->
                http.send(HttpRequest.newBuilder(url(first, "/api/v1/me")).header("Authorization", "Bearer " + tokenOf(person))
                        .build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).until(() ->
                http.send(HttpRequest.newBuilder(url(second, "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
        assertThat(http.send(HttpRequest.newBuilder(url(second, "/people")).header("Cookie", "SESSION=" + session).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).as("the session survived").isEqualTo(200);
    }

    @Test
    @Order(6)
    void anInstanceShutsDownGracefullyWithinTenSeconds() {
        long started = System.nanoTime();
        second.close();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(second.isActive()).isFalse();
    }

    /** A request that must be answered within the 3 s the portal gives itself while the database is away. */
    private static HttpResponse<String> timed(HttpRequest request) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as(request.uri().getPath()).isLessThanOrEqualTo(Duration.ofMillis(3500));
        return response;
    }

    private static EmbeddedPostgres startPostgres(int fixedPort) throws IOException {
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off");
        if (fixedPort > 0) {
            builder.setPort(fixedPort);
        }
        return builder.start();
    }

    private static ConfigurableApplicationContext instance() {
        return new SpringApplicationBuilder(RepsPortalApplication.class, CountingExecutions.class)
                .run("--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/postgres",
                        "--spring.datasource.username=postgres",
                        "--server.port=0",
                        "--portal.scheduler.start=true",
                        "--db-scheduler.polling-interval=500ms",
                        "--portal.mail.send-interval=1h",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtp.getSmtp().getPort(),
                        "--logging.level.com.github.kagkarlsson=WARN");
    }

    private static Person register(ConfigurableApplicationContext instance) {
        String email = "shared." + System.nanoTime() + "@test.example";
        Person registered = instance.getBean(People.class).register(new NewPerson("Shared", "Shared Person", email, "DE",
                "Berlin", "Europe/Berlin", Set.of("en"), Set.of("EVENTS"), null, LocalDate.of(2024, 1, 15),
                EnumSet.of(Role.REP), PersonStatus.ACTIVE));
        instance.getBean(Accounts.class).open(registered.getId(), email, PASSWORD);
        instance.getBean(AccessTokens.class).issue(registered.getId(), "test", tokenOf(registered));
        return registered;
    }

    private static String tokenOf(Person someone) {
        return "two-instances-" + someone.getId();
    }

    /** Signs in through the form of the given instance, as a browser does; the session id. */
    private static String signIn(ConfigurableApplicationContext instance) throws Exception {
        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = browser.send(HttpRequest.newBuilder(url(instance, "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).as("the sign-in form has its CSRF token").isTrue();
        String body = "username=" + URLEncoder.encode(person.getEmail(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(url(instance, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/"));
        return signedIn.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("SESSION="))
                .map(cookie -> cookie.substring("SESSION=".length(), cookie.indexOf(';')))
                .findFirst().orElseThrow();
    }

    private static URI url(ConfigurableApplicationContext instance, String path) {
        int webPort = ((WebServerApplicationContext) instance).getWebServer().getPort();
        return URI.create("http://localhost:" + webPort + path);
    }

    /** Counts every completed job execution of both instances by task and scheduled time. */
    static class CountingExecutions extends AbstractSchedulerListener {

        @Override
        public void onExecutionComplete(ExecutionComplete complete) {
            String key = complete.getExecution().taskInstance.getTaskName() + "@" + complete.getExecution().executionTime;
            EXECUTIONS.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        }
    }
}
