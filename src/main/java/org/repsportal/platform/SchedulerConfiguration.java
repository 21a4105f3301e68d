package org.repsportal.platform;

import java.time.Clock;

import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerStarter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Persistent, cluster-safe jobs run on db-scheduler (its Spring Boot 4 starter); each module declares its
 * tasks as beans. The scheduler reads time from the portal's {@link Clock}. With
 * {@code portal.scheduler.start=false} (the tests) the scheduler is built, so work can still be scheduled, but it
 * neither polls nor runs anything: tests call the work directly with a clock they move.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SchedulerConfiguration.class);

    @Bean
    com.github.kagkarlsson.scheduler.Clock dbSchedulerClock(Clock clock) {
        return clock::instant;
    }

    @Bean
    @ConditionalOnProperty(name = "portal.scheduler.start", havingValue = "false")
    DbSchedulerStarter schedulerLeftStopped() {
        return () -> log.info("The job scheduler is not started (portal.scheduler.start=false)");
    }
}
