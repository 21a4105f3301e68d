package org.repsportal.budgets;

import java.math.BigDecimal;

/** Under the threshold (in its currency) one Council reviewer decides; from the threshold up, the Council votes. */
final class ThresholdRouting {

    private ThresholdRouting() {
    }

    static Route route(BigDecimal totalInThresholdCurrency, BigDecimal threshold) {
        return totalInThresholdCurrency.compareTo(threshold) < 0 ? Route.SINGLE_REVIEWER : Route.COUNCIL_VOTE;
    }
}
