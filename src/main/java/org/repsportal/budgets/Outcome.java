package org.repsportal.budgets;

/** What the Council decides on a request. */
public enum Outcome {
    APPROVED, PARTLY_APPROVED, CHANGES_REQUESTED, DENIED
}
