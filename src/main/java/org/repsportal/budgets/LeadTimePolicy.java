package org.repsportal.budgets;

import java.time.Duration;
import java.time.LocalDate;

import org.repsportal.platform.Decision;

/** A request is filed at least the lead time before its event, unless the Council recorded an exception. */
final class LeadTimePolicy {

    private LeadTimePolicy() {
    }

    static Decision check(LocalDate eventStartsOn, LocalDate today, Duration leadTime, boolean councilException) {
        if (councilException || !today.plusDays(leadTime.toDays()).isAfter(eventStartsOn)) {
            return Decision.allow();
        }
        return Decision.refuse("policy.budgets.lead-time");
    }
}
