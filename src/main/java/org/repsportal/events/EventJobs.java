package org.repsportal.events;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The daily reminder to record an event's outcomes, run by one instance however many serve the program. */
@Configuration(proxyBeanMethods = false)
class EventJobs {

    @Bean
    RecurringTask<Void> eventOutcomeRemindersTask(EventOutcomeReminders reminders, EventsProperties properties, Clock clock) {
        return Tasks.recurring("events-outcome-reminders", Schedules.daily(ZoneOffset.UTC, properties.reminderAt()))
                .execute((instance, context) -> reminders.remind(LocalDate.now(clock)));
    }
}
