package org.repsportal.people;

import org.repsportal.platform.Decision;

/** A person edits their own profile; Admins may edit anyone's. */
final class ProfileEditPolicy {

    private ProfileEditPolicy() {
    }

    public static Decision mayEdit(Actor actor, long personId) {
        if (actor.is(personId) || actor.has(Role.ADMIN)) {
            return Decision.allow();
        }
        return Decision.refuse("policy.profile.only-own");
    }
}
