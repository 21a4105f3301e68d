package org.repsportal.availability;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The daily absence watch, run by one instance however many serve the program. */
@Configuration(proxyBeanMethods = false)
class AbsenceJobs {

    @Bean
    RecurringTask<Void> absenceWatchTask(AbsenceWatch watch, AvailabilityProperties properties, Clock clock) {
        return Tasks.recurring("availability-absence-watch", Schedules.daily(ZoneOffset.UTC, properties.watchAt()))
                .execute((instance, context) -> watch.watch(LocalDate.now(clock)));
    }
}
