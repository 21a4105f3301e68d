package org.repsportal.checkins;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The daily cadence watch and the hourly check-in reminders (and lapsing of unanswered take-over offers), each run by one instance however many serve the program. */
@Configuration(proxyBeanMethods = false)
class CheckInJobs {

    @Bean
    RecurringTask<Void> cadenceWatchTask(CadenceWatch watch, CheckInsProperties properties, Clock clock) {
        return Tasks.recurring("checkins-cadence-watch", Schedules.daily(ZoneOffset.UTC, properties.watchAt()))
                .execute((instance, context) -> watch.watch(LocalDate.now(clock)));
    }

    @Bean
    RecurringTask<Void> checkInRemindersTask(CheckInReminders reminders, CheckIns checkIns, Clock clock) {
        return Tasks.recurring("checkins-reminders", Schedules.fixedDelay(java.time.Duration.ofHours(1)))
                .execute((instance, context) -> {
                    reminders.remind(clock.instant());
                    checkIns.lapseOffers(clock.instant());
                });
    }
}
