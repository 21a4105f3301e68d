package org.repsportal.orientation;

import org.repsportal.people.Actor;
import org.repsportal.people.Person;
import org.repsportal.people.PersonStatus;
import org.repsportal.people.Role;
import org.repsportal.platform.Decision;

/**
 * Who may put a Rep forward as mentor and decide on it: the Rep's own mentor or a Council member
 * nominates; a Rep may nominate themselves when they have a mentor to endorse it; only that mentor
 * endorses; the Council appoints or declines. The nominee is an active Rep who is not a mentor yet and
 * has no nomination open.
 */
final class MentorNominationPolicy {

    private MentorNominationPolicy() {
    }

    /** Whether the actor may nominate the Rep whose current mentor is {@code nomineesMentorId} (null: none). */
    public static Decision mayNominate(Actor actor, long nomineeId, Long nomineesMentorId) {
        if (actor.is(nomineeId)) {
            return nomineesMentorId != null ? Decision.allow() : Decision.refuse("policy.orientation.self-needs-mentor");
        }
        if (actor.has(Role.COUNCIL)) {
            return Decision.allow();
        }
        if (nomineesMentorId != null && actor.is(nomineesMentorId)) {
            return Decision.allow();
        }
        return Decision.refuse("policy.orientation.nominate-who");
    }

    /** How the actor's nomination counts: a self-nomination first needs the mentor's endorsement. */
    static MentorNominationKind kindOf(Actor actor, long nomineeId, Long nomineesMentorId) {
        if (actor.is(nomineeId)) {
            return MentorNominationKind.SELF;
        }
        if (nomineesMentorId != null && actor.is(nomineesMentorId)) {
            return MentorNominationKind.BY_MENTOR;
        }
        return MentorNominationKind.BY_COUNCIL;
    }

    /** Whether the person may become a mentor now. */
    public static Decision isEligible(Person nominee, boolean hasOpenNomination) {
        if (nominee.getStatus() != PersonStatus.ACTIVE || !nominee.has(Role.REP)) {
            return Decision.refuse("policy.orientation.nominee-not-a-rep");
        }
        if (nominee.has(Role.MENTOR)) {
            return Decision.refuse("policy.orientation.nominee-already-mentor");
        }
        if (hasOpenNomination) {
            return Decision.refuse("policy.orientation.nominee-already-nominated");
        }
        return Decision.allow();
    }

    /** Only the nominee's current mentor endorses a self-nomination. */
    public static Decision mayEndorse(Actor actor, Long nomineesMentorId) {
        return nomineesMentorId != null && actor.is(nomineesMentorId)
                ? Decision.allow() : Decision.refuse("policy.orientation.endorse-own-mentee");
    }

    /** The Council appoints and declines. */
    public static Decision mayDecide(Actor actor) {
        return actor.has(Role.COUNCIL) ? Decision.allow() : Decision.refuse("policy.orientation.council-decides");
    }

    /** A nomination and a checklist are seen by the person, their mentor, the nominator and the Council. */
    public static Decision mayView(Actor actor, Orientation orientation, Long personsMentorId) {
        if (actor.is(orientation.getPersonId()) || actor.is(orientation.getNominatedBy()) || actor.has(Role.COUNCIL)
                || (personsMentorId != null && actor.is(personsMentorId))) {
            return Decision.allow();
        }
        return Decision.refuse("policy.orientation.private");
    }
}
