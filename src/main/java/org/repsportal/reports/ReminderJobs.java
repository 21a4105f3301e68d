package org.repsportal.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The daily no-report reminder sweep, run by one instance however many serve the program. */
@Configuration(proxyBeanMethods = false)
class ReminderJobs {

    static final String INACTIVITY_REMINDERS = "reports-inactivity-reminders";

    @Bean
    RecurringTask<Void> inactivityRemindersTask(InactivityReminders reminders, ReportsProperties properties, Clock clock) {
        return Tasks.recurring(INACTIVITY_REMINDERS, Schedules.daily(ZoneOffset.UTC, properties.remindersAt()))
                .execute((instance, context) -> reminders.remind(LocalDate.now(clock)));
    }
}
