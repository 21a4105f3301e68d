package org.repsportal.budgets;

import org.repsportal.people.Actor;
import org.repsportal.people.Role;
import org.repsportal.platform.Decision;

/** Only the Council decides or votes, and nobody on their own request or on a mentee's. */
final class ConflictOfInterestPolicy {

    private ConflictOfInterestPolicy() {
    }

    static Decision mayDecide(Actor actor, long requesterId, Long requestersMentorId) {
        if (!actor.has(Role.COUNCIL)) {
            return Decision.refuse("policy.budgets.council-only");
        }
        if (actor.is(requesterId)) {
            return Decision.refuse("policy.budgets.own-request");
        }
        if (requestersMentorId != null && actor.is(requestersMentorId)) {
            return Decision.refuse("policy.budgets.mentees-request");
        }
        return Decision.allow();
    }
}
