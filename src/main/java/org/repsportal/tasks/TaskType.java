package org.repsportal.tasks;

/** The kinds of work the program asks for; some close only when the work itself is done. */
public enum TaskType {
    APPLICATION_REVIEW(false),
    WELCOME_PACK(true),
    BUDGET_REVIEW(false),
    RECEIPTS_OVERDUE(false),
    ACTIVITY_VERIFICATION(true),
    CHECK_IN_DUE(false),
    REASSIGNMENT(false),
    ESCALATION_FOLLOW_UP(true),
    ORIENTATION(true),
    FOLLOW_UP(true),
    FEEDBACK(false),
    OTHER(true);

    private final boolean resolvableByHand;

    TaskType(boolean resolvableByHand) {
        this.resolvableByHand = resolvableByHand;
    }

    /** Whether a person may close it by hand, or only the underlying work closes it. */
    public boolean resolvableByHand() {
        return resolvableByHand;
    }
}
