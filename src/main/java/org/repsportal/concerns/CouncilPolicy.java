package org.repsportal.concerns;

import org.repsportal.people.Actor;
import org.repsportal.people.Role;
import org.repsportal.platform.Decision;

/** The Council's own lists (the queue of concerns) are for the Council only. */
final class CouncilPolicy {

    private CouncilPolicy() {
    }

    public static Decision mayWorkAsCouncil(Actor actor) {
        return actor.has(Role.COUNCIL) ? Decision.allow() : Decision.refuse("policy.council.council-only");
    }
}
