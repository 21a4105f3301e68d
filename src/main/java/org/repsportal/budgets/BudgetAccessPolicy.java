package org.repsportal.budgets;

import org.repsportal.people.Actor;
import org.repsportal.people.Role;
import org.repsportal.platform.Decision;

/** A request is seen by its requester, their reviewing mentor, the Council and Admins. */
final class BudgetAccessPolicy {

    private BudgetAccessPolicy() {
    }

    static Decision mayRead(Actor actor, BudgetRequest request) {
        if (actor.is(request.getRequesterId()) || (request.getMentorId() != null && actor.is(request.getMentorId()))
                || actor.has(Role.COUNCIL) || actor.has(Role.ADMIN)) {
            return Decision.allow();
        }
        return Decision.refuse("policy.budgets.private");
    }

    static Decision mayOverview(Actor actor) {
        return actor.isCouncilOrAdmin() ? Decision.allow() : Decision.refuse("policy.budgets.council-overview");
    }
}
