package org.repsportal.budgets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Converts amounts into the threshold currency through the configured rates. */
final class ExchangeRates {

    private final BudgetsProperties properties;

    ExchangeRates(BudgetsProperties properties) {
        this.properties = properties;
    }

    boolean known(String currency) {
        return properties.rates().containsKey(currency);
    }

    /** The amount in the threshold currency, or empty when no rate is configured for the currency. */
    Optional<BigDecimal> toThresholdCurrency(BigDecimal amount, String currency) {
        BigDecimal rate = properties.rates().get(currency);
        return rate == null ? Optional.empty() : Optional.of(amount.multiply(rate).setScale(2, RoundingMode.HALF_UP));
    }

    /** The exact amount in the threshold currency, unrounded: what the threshold is compared with. */
    Optional<BigDecimal> exactInThresholdCurrency(BigDecimal amount, String currency) {
        BigDecimal rate = properties.rates().get(currency);
        return rate == null ? Optional.empty() : Optional.of(amount.multiply(rate));
    }

    BigDecimal rate(String currency) {
        return properties.rates().get(currency);
    }

    String thresholdCurrency() {
        return properties.thresholdCurrency();
    }
}
