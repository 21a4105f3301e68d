package org.repsportal.budgets;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;

/** The budgets' scheduled work on demand: the receipts sweep and the votes' windows, as the jobs run them. */
@Service
public class BudgetSweeps {

    private final ReceiptSweep receipts;
    private final VoteSweep votes;
    private final Clock clock;

    BudgetSweeps(ReceiptSweep receipts, VoteSweep votes, Clock clock) {
        this.receipts = receipts;
        this.votes = votes;
        this.clock = clock;
    }

    public void runDue() {
        receipts.sweep(LocalDate.now(clock));
        votes.sweep();
    }
}
