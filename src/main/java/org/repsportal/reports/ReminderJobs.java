package org.repsportal.reports;

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

/** The daily no-report reminder sweep, run by one instance however many serve the program. */
@Configuration(proxyBeanMethods = false)
class ReminderJobs {

    static final String INACTIVITY_REMINDERS = "reports-inactivity-reminders";

    @Bean
    RecurringTask<Void> inactivityRemindersTask(InactivityReminders reminders, Clock clock,
                                                @Value("${portal.reports.reminders-at:06:00}") LocalTime at) {
        return Tasks.recurring(INACTIVITY_REMINDERS, Schedules.daily(ZoneOffset.UTC, at))
                .execute((instance, context) -> reminders.remind(LocalDate.now(clock)));
    }
}
