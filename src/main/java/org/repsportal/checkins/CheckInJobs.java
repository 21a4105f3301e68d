package org.repsportal.checkins;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The daily cadence watch, run by one instance however many serve the program. */
@Configuration(proxyBeanMethods = false)
class CheckInJobs {

    @Bean
    RecurringTask<Void> cadenceWatchTask(CadenceWatch watch, Clock clock,
                                         @Value("${portal.checkins.watch-at:06:30}") LocalTime at) {
        return Tasks.recurring("checkins-cadence-watch", Schedules.daily(ZoneOffset.UTC, at))
                .execute((instance, context) -> watch.watch(LocalDate.now(clock)));
    }
}
