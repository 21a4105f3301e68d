package org.repsportal.checkins;

import org.repsportal.people.Actor;
import org.repsportal.platform.Decision;

/**
 * A check-in belongs to its mentor and mentee: only they read its goals and notes. The mentor plans and
 * writes notes; the mentee gives feedback. The Council sees that a check-in happened, not what was said.
 */
final class CheckInAccessPolicy {

    private CheckInAccessPolicy() {
    }

    /** Which mentorships let their check-ins slip is for the Council and Admins. */
    static Decision mayOverview(Actor actor) {
        return actor.isCouncilOrAdmin() ? Decision.allow() : Decision.refuse("policy.checkins.council-overview");
    }

    /**
     * The Council and Admins work on the escalation of a mentor's slipping check-ins, but a Council member never
     * on the escalation of their own mentorships.
     */
    static Decision mayActOnEscalation(Actor actor, long mentorId) {
        Decision overview = mayOverview(actor);
        if (overview.refused()) {
            return overview;
        }
        return actor.is(mentorId) ? Decision.refuse("policy.checkins.own-escalation") : Decision.allow();
    }

    /** Its mentor and mentee, and the new mentor it is offered to (who decides whether to take it over). */
    static Decision mayRead(Actor actor, CheckIn checkIn) {
        return checkIn.involves(actor.personId()) || checkIn.isOfferedTo(actor.personId()) ? Decision.allow()
                : Decision.refuse("policy.checkins.private");
    }

    /** Only the new mentor a check-in is offered to takes it over or lets it go. */
    static Decision mayAnswerOffer(Actor actor, CheckIn checkIn) {
        return checkIn.isOfferedTo(actor.personId()) ? Decision.allow() : Decision.refuse("policy.checkins.offered-only");
    }

    static Decision mayWriteNotes(Actor actor, CheckIn checkIn) {
        return actor.is(checkIn.getMentorId()) ? Decision.allow() : Decision.refuse("policy.checkins.mentor-only");
    }

    static Decision mayGiveFeedback(Actor actor, CheckIn checkIn) {
        return actor.is(checkIn.getMenteeId()) ? Decision.allow() : Decision.refuse("policy.checkins.mentee-only");
    }
}
