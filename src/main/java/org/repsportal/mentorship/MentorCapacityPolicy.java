package org.repsportal.mentorship;

import org.repsportal.people.Actor;
import org.repsportal.people.Role;
import org.repsportal.platform.Decision;

/**
 * A mentor guides at most their capacity of mentees (their own, if the Council set one, otherwise
 * {@code portal.mentorship.default-capacity}). Beyond it only a Council member assigns, with a reason that
 * the assignment keeps.
 */
final class MentorCapacityPolicy {

    private MentorCapacityPolicy() {
    }

    /** Whether one more mentee fits: {@code load} is the mentor's current mentee count. */
    static Decision hasSpareCapacity(long load, int capacity) {
        return load < capacity ? Decision.allow() : Decision.refuse("policy.mentorship.over-capacity");
    }

    static Decision mayAssign(long load, int capacity, Actor actor, String override) {
        Decision spare = hasSpareCapacity(load, capacity);
        if (spare.allowed() || override == null || override.isBlank()) {
            return spare;
        }
        return actor.has(Role.COUNCIL) ? Decision.allow() : Decision.refuse("policy.mentorship.capacity-override-council-only");
    }
}
