package org.repsportal.identity;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The hourly clean-up of sign-in counts whose window and lock have passed, run by one instance at a time. */
@Configuration(proxyBeanMethods = false)
class IdentityJobs {

    static final String FORGET_SIGN_IN_ATTEMPTS = "identity-forget-sign-in-attempts";

    @Bean
    RecurringTask<Void> forgetSignInAttemptsTask(SignInGate gate) {
        return Tasks.recurring(FORGET_SIGN_IN_ATTEMPTS, Schedules.fixedDelay(Duration.ofHours(1)))
                .execute((instance, context) -> gate.forgetExpired());
    }
}
