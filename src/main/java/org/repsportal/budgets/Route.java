package org.repsportal.budgets;

/** How a request is decided: by one Council reviewer, or by a vote of the whole Council. */
enum Route {
    SINGLE_REVIEWER, COUNCIL_VOTE
}
