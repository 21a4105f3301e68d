package org.repsportal.notifications;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The db-scheduler starter for Spring Boot 4 really starts a scheduler that knows the module's recurring tasks
 * and runs them. The other tests leave the scheduler stopped and call the work directly.
 */
@PortalTest
@Import(SchedulerWiringTests.CompletedExecutions.class)
@TestPropertySource(properties = {"portal.scheduler.start=true", "portal.mail.send-interval=1h"})
class SchedulerWiringTests {

    private static final TaskInstanceId SEND_OUTBOX = TaskInstanceId.of(MailJobs.SEND_OUTBOX, RecurringTask.INSTANCE);
    private static final TaskInstanceId DAILY_DIGEST = TaskInstanceId.of(MailJobs.DAILY_DIGEST, RecurringTask.INSTANCE);

    @Autowired
    Scheduler scheduler;

    @Autowired
    CompletedExecutions completed;

    @Autowired
    Program program;

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry metrics;

    @Test
    void theSchedulerIsStartedWithTheRecurringMailTasksStoredInItsTable() {
        assertThat(scheduler.getSchedulerState().isStarted()).isTrue();
        assertThat(scheduler.getScheduledExecution(SEND_OUTBOX)).isPresent();
        assertThat(scheduler.getScheduledExecution(DAILY_DIGEST)).hasValueSatisfying(digest ->
                assertThat(digest.getExecutionTime().atZone(ZoneOffset.UTC).toLocalTime()).isEqualTo(LocalTime.of(7, 0)));
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name like 'notifications-%'")
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theSchedulerRunsTheOutboxSender() throws InterruptedException {
        Person rep = program.rep("Sched");
        outbox.queue(Mail.to(rep.getId(), MailCategory.TASKS, "Sent by the scheduler", "..."));

        while (!scheduler.reschedule(SEND_OUTBOX, Instant.now())) {
            completed.await(MailJobs.SEND_OUTBOX, Instant.MIN);
        }
        Instant dueFrom = Instant.now();
        scheduler.triggerCheckForDueExecutions();
        ExecutionComplete run = completed.await(MailJobs.SEND_OUTBOX, dueFrom);

        assertThat(run.getResult()).isEqualTo(ExecutionComplete.Result.OK);
        assertThat(new OutboxRows(jdbc).only(rep).status()).isEqualTo(MailStatus.LOGGED);
        assertThat(metrics.find("portal.job.duration").tag("job", MailJobs.SEND_OUTBOX).tag("outcome", "success").timer())
                .as("the scheduler times its runs").isNotNull()
                .satisfies(timer -> assertThat(timer.count()).isPositive());
    }

    /**
     * A scheduler listener (the starter registers every such bean) that hands the test each execution the
     * scheduler completes; the test blocks on it, with a time limit.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class CompletedExecutions extends AbstractSchedulerListener {

        private static final Duration LIMIT = Duration.ofSeconds(60);

        private final BlockingQueue<ExecutionComplete> completions = new LinkedBlockingQueue<>();

        @Override
        public void onExecutionComplete(ExecutionComplete complete) {
            completions.add(complete);
        }

        ExecutionComplete await(String taskName, Instant doneNoEarlierThan) throws InterruptedException {
            Instant deadline = Instant.now().plus(LIMIT);
            while (Instant.now().isBefore(deadline)) {
                ExecutionComplete next = completions.poll(Duration.between(Instant.now(), deadline).toMillis(),
                        TimeUnit.MILLISECONDS);
                if (next != null && next.getExecution().getTaskName().equals(taskName)
                        && !next.getTimeDone().isBefore(doneNoEarlierThan)) {
                    return next;
                }
            }
            throw new AssertionError("The scheduler did not complete " + taskName + " within " + LIMIT);
        }
    }
}
