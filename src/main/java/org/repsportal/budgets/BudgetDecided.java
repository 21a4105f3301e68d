package org.repsportal.budgets;

import java.math.BigDecimal;

/** The Council decided a request; the Rep and the mentor are told, with the reason. */
record BudgetDecided(long requestId, long requesterId, Long mentorId, String eventName, Outcome outcome, BigDecimal amount,
                     String currency, String reason) {
}
