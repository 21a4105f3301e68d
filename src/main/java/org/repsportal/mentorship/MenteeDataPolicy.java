package org.repsportal.mentorship;

import org.repsportal.people.Actor;
import org.repsportal.platform.Decision;

/** What a mentor sees about their mentees as a group is for that mentor, the Council and Admins. */
public final class MenteeDataPolicy {

    private MenteeDataPolicy() {
    }

    public static Decision mayView(Actor actor, long mentorId) {
        if (actor.is(mentorId) || actor.isCouncilOrAdmin()) {
            return Decision.allow();
        }
        return Decision.refuse("policy.mentorship.mentees-of-others");
    }
}
