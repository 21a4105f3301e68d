package org.repsportal.budgets;

/** The SOP's six points a mentor checks, in its order. */
public enum ReviewPoint {
    METRICS, LESSONS, SAVINGS, TRAVEL, AGENDA, COSTS;

    public String key() {
        return name().toLowerCase();
    }
}
