package org.repsportal.platform;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.github.kagkarlsson.scheduler.event.ExecutionChain;
import com.github.kagkarlsson.scheduler.event.ExecutionInterceptor;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Times every run of a db-scheduler job, on the instance that runs it: {@code portal.job.duration} (a timer per job
 * and outcome), {@code portal.job.last.run} (when the last run ended, in seconds since the epoch) and
 * {@code portal.job.last.duration}; each run's duration is logged at INFO when it ends. The scheduler calls every
 * execution through this interceptor.
 */
@Component
class JobMetrics implements ExecutionInterceptor {

    private static final Logger log = LoggerFactory.getLogger(JobMetrics.class);

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<String, Last> lastRuns = new ConcurrentHashMap<>();

    private record Last(AtomicLong endedAt, AtomicLong nanos) {
    }

    JobMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public CompletionHandler<?> execute(TaskInstance<?> taskInstance, ExecutionContext executionContext, ExecutionChain chain) {
        String job = taskInstance.getTaskName();
        long start = System.nanoTime();
        String outcome = "failure";
        try {
            CompletionHandler<?> completion = chain.proceed(taskInstance, executionContext);
            outcome = "success";
            return completion;
        } finally {
            long nanos = System.nanoTime() - start;
            Timer.builder("portal.job.duration").description("How long each run of a recurring job took")
                    .tag("job", job).tag("outcome", outcome).register(registry)
                    .record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
            Last last = lastRuns.computeIfAbsent(job, this::register);
            last.endedAt().set(clock.millis());
            last.nanos().set(nanos);
            log.info("Job {} ended ({}) after {} ms", job, outcome, nanos / 1_000_000);
        }
    }

    private Last register(String job) {
        Last last = new Last(new AtomicLong(), new AtomicLong());
        Gauge.builder("portal.job.last.run", last, l -> l.endedAt().get() / 1000.0)
                .description("When the job's last run on this instance ended, in seconds since the epoch")
                .tag("job", job).baseUnit("seconds").register(registry);
        Gauge.builder("portal.job.last.duration", last, l -> l.nanos().get() / 1e9)
                .description("How long the job's last run on this instance took")
                .tag("job", job).baseUnit("seconds").register(registry);
        return last;
    }
}
