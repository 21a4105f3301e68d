package org.repsportal.events;

import org.repsportal.people.Actor;
import org.repsportal.platform.Decision;

/** Events are the program's public plans: any member reads them; only the owner changes them or records outcomes. */
final class EventAccessPolicy {

    private EventAccessPolicy() {
    }

    static Decision mayChange(Actor actor, Event event) {
        return actor.is(event.getOwnerId()) ? Decision.allow() : Decision.refuse("policy.events.owner-only");
    }

    static Decision mayPlanFor(Actor actor, long ownerId) {
        return actor.is(ownerId) ? Decision.allow() : Decision.refuse("policy.events.own-only");
    }
}
