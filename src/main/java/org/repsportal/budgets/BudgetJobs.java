package org.repsportal.budgets;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Council votes' windows (checked every quarter hour) and the daily receipts sweep, each run by one instance. */
@Configuration(proxyBeanMethods = false)
class BudgetJobs {

    @Bean
    RecurringTask<Void> budgetVotesTask(VoteSweep sweep) {
        return Tasks.recurring("budgets-vote-windows", Schedules.fixedDelay(Duration.ofMinutes(15)))
                .execute((instance, context) -> sweep.sweep());
    }

    @Bean
    RecurringTask<Void> budgetReceiptsTask(ReceiptSweep sweep, Clock clock) {
        return Tasks.recurring("budgets-receipts", Schedules.daily(ZoneOffset.UTC, LocalTime.of(7, 30)))
                .execute((instance, context) -> sweep.sweep(LocalDate.now(clock)));
    }
}
