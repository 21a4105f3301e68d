package org.repsportal.board;

import org.repsportal.people.Actor;
import org.repsportal.people.Role;
import org.repsportal.platform.Decision;

/** The mentors' board is for mentors and the Council only. */
final class BoardAccessPolicy {

    private BoardAccessPolicy() {
    }

    public static Decision mayUse(Actor actor) {
        if (actor.has(Role.MENTOR) || actor.has(Role.COUNCIL)) {
            return Decision.allow();
        }
        return Decision.refuse("policy.board.mentors-only");
    }
}
