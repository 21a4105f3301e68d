package org.repsportal.budgets;

/** What a line of a budget pays for. */
enum LineCategory {
    VENUE, CATERING, PRINTING, TRAVEL, SWAG, OTHER
}
