package org.repsportal.budgets;

/** A mentor's mark on one review point. */
public enum Verdict {
    OK, CONCERN
}
