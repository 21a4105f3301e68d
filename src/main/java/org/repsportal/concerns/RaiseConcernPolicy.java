package org.repsportal.concerns;

import org.repsportal.people.Actor;
import org.repsportal.people.Role;
import org.repsportal.platform.Decision;

/** Any Rep or mentor (the Council included) may raise a concern; staff and alumni without those roles may not. */
final class RaiseConcernPolicy {

    private RaiseConcernPolicy() {
    }

    public static Decision mayRaise(Actor actor) {
        if (actor.has(Role.REP) || actor.has(Role.MENTOR) || actor.has(Role.COUNCIL)) {
            return Decision.allow();
        }
        return Decision.refuse("policy.council.concern.reps-and-mentors");
    }
}
