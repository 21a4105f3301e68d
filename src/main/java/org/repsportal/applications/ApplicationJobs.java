package org.repsportal.applications;

import java.time.Clock;
import java.time.ZoneOffset;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The applications' daily watch, run by one instance however many serve the program. */
@Configuration(proxyBeanMethods = false)
class ApplicationJobs {

    @Bean
    RecurringTask<Void> applicationsDailyTask(ApplicationsDaily daily, ApplicationsProperties properties, Clock clock) {
        return Tasks.recurring("applications-daily", Schedules.daily(ZoneOffset.UTC, properties.jobsAt()))
                .execute((instance, context) -> daily.run(clock.instant()));
    }
}
