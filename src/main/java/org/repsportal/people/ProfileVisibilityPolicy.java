package org.repsportal.people;

/**
 * A person's close circle — themselves, their current mentor, the Council and Admins — sees their
 * contact details and mentorship history; everyone signed in sees the rest of the profile.
 */
public final class ProfileVisibilityPolicy {

    private ProfileVisibilityPolicy() {
    }

    public static boolean isInCloseCircle(Actor actor, long personId, Long currentMentorId) {
        return actor.is(personId)
                || (currentMentorId != null && actor.is(currentMentorId))
                || actor.isCouncilOrAdmin();
    }
}
