package org.repsportal.applications;

import org.repsportal.people.Actor;
import org.repsportal.people.Role;
import org.repsportal.platform.Decision;

/**
 * Who may do what with an application: the Council screens, assigns and decides; the interviewer offers times
 * and records the interview; a Council member may score too; the interviewer decides only where the program
 * lets the interviewing mentor decide. Onboarding belongs to the new Rep, their mentor and the Council.
 */
final class ApplicationAccessPolicy {

    private ApplicationAccessPolicy() {
    }

    static Decision mayScreen(Actor actor) {
        return actor.has(Role.COUNCIL) ? Decision.allow() : Decision.refuse("policy.applications.council-only");
    }

    static Decision mayRead(Actor actor, Application a, boolean reviewer) {
        if (actor.has(Role.COUNCIL) || (a.getInterviewerId() != null && actor.is(a.getInterviewerId())) || reviewer) {
            return Decision.allow();
        }
        return Decision.refuse("policy.applications.private");
    }

    static Decision mayOfferSlots(Actor actor, Application a) {
        return a.getInterviewerId() != null && actor.is(a.getInterviewerId()) ? Decision.allow()
                : Decision.refuse("policy.applications.interviewer-only");
    }

    static Decision mayRecordInterview(Actor actor, Application a) {
        if ((a.getInterviewerId() != null && actor.is(a.getInterviewerId())) || actor.has(Role.COUNCIL)) {
            return Decision.allow();
        }
        return Decision.refuse("policy.applications.not-your-interview");
    }

    static Decision mayDecide(Actor actor, Application a, boolean mentorDecides) {
        if (actor.has(Role.COUNCIL)) {
            return Decision.allow();
        }
        if (mentorDecides && a.getInterviewerId() != null && actor.is(a.getInterviewerId())) {
            return Decision.allow();
        }
        return Decision.refuse(mentorDecides ? "policy.applications.decide-interviewer" : "policy.applications.decide-council");
    }

    static Decision mayReadOnboarding(Actor actor, Application a) {
        if (actor.has(Role.COUNCIL) || (a.getPersonId() != null && actor.is(a.getPersonId()))
                || (a.getMentorId() != null && actor.is(a.getMentorId()))) {
            return Decision.allow();
        }
        return Decision.refuse("policy.applications.onboarding-private");
    }

    static Decision isNewRep(Actor actor, Application a) {
        return a.getPersonId() != null && actor.is(a.getPersonId()) ? Decision.allow()
                : Decision.refuse("policy.applications.new-rep-only");
    }

    static Decision isMentor(Actor actor, Application a) {
        return a.getMentorId() != null && actor.is(a.getMentorId()) ? Decision.allow()
                : Decision.refuse("policy.applications.mentor-only");
    }
}
