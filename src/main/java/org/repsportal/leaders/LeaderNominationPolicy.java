package org.repsportal.leaders;

import java.util.Optional;

import org.repsportal.people.Actor;
import org.repsportal.people.Role;
import org.repsportal.platform.Decision;

/**
 * A mentor nominates their own current mentees. Only the Council follows nominations up; a Council member
 * who is the nominee does not see their own nomination.
 */
final class LeaderNominationPolicy {

    private LeaderNominationPolicy() {
    }

    /** @param nomineesMentor the nominee's current mentor, if any */
    public static Decision mayNominate(Actor actor, Optional<Long> nomineesMentor) {
        if (nomineesMentor.isPresent() && actor.is(nomineesMentor.get())) {
            return Decision.allow();
        }
        return Decision.refuse("policy.council.nomination.own-mentees");
    }

    public static Decision mayFollowUp(Actor actor, LeaderNomination nomination) {
        if (actor.is(nomination.getNomineeId())) {
            return Decision.refuse("policy.council.nomination.own");
        }
        return mayWorkAsCouncil(actor);
    }

    /** The pipeline of emerging leaders is for the Council only. */
    static Decision mayWorkAsCouncil(Actor actor) {
        return actor.has(Role.COUNCIL) ? Decision.allow() : Decision.refuse("policy.council.council-only");
    }
}
