package org.repsportal.mentorship;

import org.repsportal.people.Actor;
import org.repsportal.people.Person;
import org.repsportal.people.PersonStatus;
import org.repsportal.people.Role;
import org.repsportal.platform.Decision;

/**
 * Who may give a Rep a mentor, and who may be given: the Council and Admins assign; the mentor must
 * hold the MENTOR role, be active, and not be the mentee or the mentee's own mentee.
 */
final class MentorAssignmentPolicy {

    private MentorAssignmentPolicy() {
    }

    static Decision mayAssign(Actor actor) {
        return actor.isCouncilOrAdmin() ? Decision.allow() : Decision.refuse("policy.mentorship.council-or-admin");
    }

    /**
     * A mentor who is not ready for new mentees (see {@link MentorReadiness}) is given one only when a
     * Council member overrides it with a reason.
     */
    static Decision readiness(Decision ready, Actor actor, AssignMentor request) {
        if (ready.allowed()) {
            return ready;
        }
        if (!request.hasReadinessOverride()) {
            return ready;
        }
        return actor.has(Role.COUNCIL) ? Decision.allow() : Decision.refuse("policy.mentorship.override-council-only");
    }

    static Decision canMentor(Person mentor, Person mentee, Long mentorsCurrentMentor) {
        if (mentor.getId().equals(mentee.getId())) {
            return Decision.refuse("policy.mentorship.not-self");
        }
        if (!mentor.has(Role.MENTOR) || mentor.getStatus() != PersonStatus.ACTIVE) {
            return Decision.refuse("policy.mentorship.not-a-mentor");
        }
        if (mentee.getStatus() != PersonStatus.ACTIVE) {
            return Decision.refuse("policy.mentorship.mentee-inactive");
        }
        if (mentee.getId().equals(mentorsCurrentMentor)) {
            return Decision.refuse("policy.mentorship.no-circle");
        }
        return Decision.allow();
    }
}
