package org.repsportal.notifications;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The module's recurring db-scheduler tasks: sending the outbox and putting the daily digest together. Each runs
 * on one instance at a time however many serve the program; the work itself is in {@link OutboxSender} and
 * {@link DailyDigest}, which tests call directly.
 */
@Configuration(proxyBeanMethods = false)
class MailJobs {

    static final String SEND_OUTBOX = "notifications-send-outbox";
    static final String DAILY_DIGEST = "notifications-daily-digest";

    @Bean
    RecurringTask<Void> sendOutboxTask(OutboxSender sender, PortalMailProperties properties) {
        return Tasks.recurring(SEND_OUTBOX, Schedules.fixedDelay(properties.sendInterval()))
                .execute((instance, context) -> sender.sendDue());
    }

    @Bean
    RecurringTask<Void> dailyDigestTask(DailyDigest digest, PortalMailProperties properties) {
        return Tasks.recurring(DAILY_DIGEST, Schedules.daily(properties.digest().zone(), properties.digest().at()))
                .execute((instance, context) -> digest.bundleDue());
    }
}
