package org.repsportal.budgets;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param leadTime                 a request is filed at least this long before its event
 * @param singleReviewerThreshold  under this amount in {@code thresholdCurrency} one Council reviewer decides
 * @param thresholdCurrency        the currency of the threshold
 * @param rates                    how much one unit of each currency is worth in the threshold currency
 * @param maxTotal                 the largest request total the portal accepts, in the threshold currency
 * @param discussion               a Council vote's discussion before voting opens
 * @param voting                   how long voting lasts
 * @param extension                the one extension when no outcome has a majority one day before the end
 * @param firstReceiptReminder     receipts reminders after the event
 * @param secondReceiptReminder    second reminder
 * @param receiptsOverdue          receipts are overdue this long after the event
 * @param maxFileSize              largest upload
 * @param percentileWindow         past requests compared for costs per attendee
 */
@ConfigurationProperties("portal.budgets")
public record BudgetsProperties(@DefaultValue("21d") Duration leadTime,
                                @DefaultValue("500") BigDecimal singleReviewerThreshold,
                                @DefaultValue("USD") String thresholdCurrency,
                                Map<String, BigDecimal> rates,
                                @DefaultValue("100000") BigDecimal maxTotal,
                                @DefaultValue("3d") Duration discussion,
                                @DefaultValue("3d") Duration voting,
                                @DefaultValue("48h") Duration extension,
                                @DefaultValue("30d") Duration firstReceiptReminder,
                                @DefaultValue("60d") Duration secondReceiptReminder,
                                @DefaultValue("90d") Duration receiptsOverdue,
                                @DefaultValue("10485760") long maxFileSize,
                                @DefaultValue("730d") Duration percentileWindow) {

    /** Rates used when none are configured: approximate values, to be set by the program. */
    static final Map<String, BigDecimal> DEFAULT_RATES = Map.of("USD", BigDecimal.ONE, "EUR", new BigDecimal("1.08"),
            "GBP", new BigDecimal("1.27"), "INR", new BigDecimal("0.012"), "BRL", new BigDecimal("0.18"),
            "MXN", new BigDecimal("0.055"), "KES", new BigDecimal("0.0077"), "JPY", new BigDecimal("0.0067"),
            "CAD", new BigDecimal("0.73"), "ARS", new BigDecimal("0.0011"));

    public BudgetsProperties {
        var merged = new HashMap<>(DEFAULT_RATES);
        if (rates != null) {
            rates.forEach((code, rate) -> merged.put(code.toUpperCase(java.util.Locale.ROOT), rate));
        }
        merged.put(thresholdCurrency, BigDecimal.ONE);
        rates = Map.copyOf(merged);
    }
}
