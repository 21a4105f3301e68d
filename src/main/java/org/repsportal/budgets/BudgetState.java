package org.repsportal.budgets;

/** Where a budget request stands; see DOMAIN.md's state summary. */
enum BudgetState {
    DRAFT, SUBMITTED, MENTOR_REVIEW, CHANGES_REQUESTED, DECISION, APPROVED, PARTLY_APPROVED, DENIED, WAITING_RECEIPTS, CLOSED;

    public boolean editable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }

    public boolean granted() {
        return this == APPROVED || this == PARTLY_APPROVED;
    }
}
