package org.repsportal.budgets;

/** A Council reviewer's decision or a Council member's vote: an outcome, an amount when partly approved, always a reason. */
public record CouncilDecision(Outcome outcome, String amount, String reason) {
}
