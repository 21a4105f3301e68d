package org.repsportal.mentorship;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The daily mentorship sweep, run by one instance however many serve the program. */
@Configuration(proxyBeanMethods = false)
class MentorshipJobs {

    @Bean
    RecurringTask<Void> mentorshipDailyTask(MentorshipDaily daily, MentorshipProperties properties, Clock clock) {
        return Tasks.recurring("mentorship-daily", Schedules.daily(ZoneOffset.UTC, properties.jobsAt()))
                .execute((instance, context) -> daily.run(LocalDate.now(clock)));
    }
}
