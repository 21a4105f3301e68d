package org.repsportal.budgets;

import org.repsportal.people.Actor;
import org.repsportal.people.Role;
import org.repsportal.platform.Decision;

/**
 * The discussion of a request is written by the Council and the requester's mentor, once it is filed. Whoever may
 * see the request reads it; the requester (even on the Council) reads without writing. Writing is not deciding:
 * who decides stays with {@link ConflictOfInterestPolicy}.
 */
final class DiscussionPolicy {

    private DiscussionPolicy() {
    }

    static Decision mayComment(Actor actor, BudgetRequest request) {
        if (actor.is(request.getRequesterId())) {
            return Decision.refuse("policy.budgets.discussion-own");
        }
        boolean mentor = request.getMentorId() != null && actor.is(request.getMentorId());
        if (!mentor && !actor.has(Role.COUNCIL)) {
            return Decision.refuse("policy.budgets.discussion-council");
        }
        if (request.getState() == BudgetState.DRAFT) {
            return Decision.refuse("policy.budgets.discussion-draft");
        }
        return Decision.allow();
    }
}
