package org.repsportal.council;

import java.util.Optional;

import org.repsportal.people.Actor;
import org.repsportal.platform.Decision;

/**
 * A mentor nominates their own current mentees. Only the Council follows nominations up; a Council member
 * who is the nominee does not see their own nomination.
 */
final class NominationPolicy {

    private NominationPolicy() {
    }

    /** @param nomineesMentor the nominee's current mentor, if any */
    public static Decision mayNominate(Actor actor, Optional<Long> nomineesMentor) {
        if (nomineesMentor.isPresent() && actor.is(nomineesMentor.get())) {
            return Decision.allow();
        }
        return Decision.refuse("policy.council.nomination.own-mentees");
    }

    public static Decision mayFollowUp(Actor actor, Nomination nomination) {
        if (actor.is(nomination.getNomineeId())) {
            return Decision.refuse("policy.council.nomination.own");
        }
        return CouncilPolicy.mayWorkAsCouncil(actor);
    }
}
