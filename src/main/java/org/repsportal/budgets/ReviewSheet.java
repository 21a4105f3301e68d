package org.repsportal.budgets;

import java.math.BigDecimal;
import java.util.List;

/**
 * The mentor's review sheet: for each of the SOP's six points the evidence the portal computed, the flags it
 * raised and links to the events it drew on; then the requester's standing and the money in both currencies.
 */
record ReviewSheet(long requestId, String currency, BigDecimal total, String thresholdCurrency, BigDecimal totalInThresholdCurrency,
                   BigDecimal rate, boolean councilVote, List<Point> points, Standing standing) {

    record Point(String key, List<String> evidence, List<String> flags, List<Link> links) {
    }

    /**
     * A past event drawn on: its page with the outcomes, the organiser's activity report filed from them, and the
     * short report written after the event with its budget's receipts (the beginning of it), when there are.
     */
    record Link(long eventId, String name, boolean outcomesRecorded, Long activityReportId, String postEventReport) {

        Link(long eventId, String name) {
            this(eventId, name, false, null, null);
        }
    }

    record Standing(boolean reportsCurrent, String lastReportOn, Boolean lastEventOutcomesRecorded, boolean receiptsDone,
                    List<String> evidence) {
    }

    boolean flagged() {
        return points.stream().anyMatch(p -> !p.flags().isEmpty());
    }
}
