package org.repsportal.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.stereotype.Component;

/** The daily watch: referees reminded, silent applicants warned then closed, onboardings completed or escalated. */
@Component
class ApplicationsDaily {

    record Run(int refereesReminded, int closedForSilence, int onboardingsEscalated) {
    }

    private final Applications applications;
    private final Onboarding onboarding;
    private final SubmissionRate rate;

    ApplicationsDaily(Applications applications, Onboarding onboarding, SubmissionRate rate) {
        this.applications = applications;
        this.onboarding = onboarding;
        this.rate = rate;
    }

    Run run(Instant now) {
        int reminded = applications.remindReferees(now);
        int closed = applications.watchSilence(now);
        int escalated = onboarding.watch(LocalDate.ofInstant(now, ZoneOffset.UTC));
        rate.forgetExpired();
        return new Run(reminded, closed, escalated);
    }
}
