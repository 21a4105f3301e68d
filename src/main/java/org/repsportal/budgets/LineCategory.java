package org.repsportal.budgets;

/** What a line of a budget pays for. */
public enum LineCategory {
    VENUE, CATERING, PRINTING, TRAVEL, SWAG, OTHER
}
