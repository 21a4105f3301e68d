package org.repsportal.budgets;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Moves each running Council vote on: the one extension, or its close at the end. */
@Component
class VoteSweep {

    private final BudgetRequestRepository requests;
    private final Budgets budgets;

    VoteSweep(BudgetRequestRepository requests, Budgets budgets) {
        this.requests = requests;
        this.budgets = budgets;
    }

    @Transactional
    void sweep() {
        for (BudgetRequest request : requests.findByState(BudgetState.DECISION)) {
            if (request.getRoute() == Route.COUNCIL_VOTE) {
                budgets.advanceVote(request);
            }
        }
    }
}
