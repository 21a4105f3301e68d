package org.repsportal.library;

import org.repsportal.people.Actor;
import org.repsportal.people.Role;
import org.repsportal.platform.Decision;

/**
 * Who does what in the library: every member (Rep, Mentor, Council, Admin) reads, suggests edits, adds
 * links and flags what looks outdated; the Council edits pages (accepts or rejects suggestions, marks a
 * page reviewed) and moderates the community resources. Alumni read only.
 */
final class LibraryPolicy {

    private LibraryPolicy() {
    }

    public static Decision mayContribute(Actor actor) {
        if (actor.has(Role.REP) || actor.has(Role.MENTOR) || actor.has(Role.COUNCIL) || actor.has(Role.ADMIN)) {
            return Decision.allow();
        }
        return Decision.refuse("policy.library.members-only");
    }

    public static Decision mayEdit(Actor actor) {
        return actor.has(Role.COUNCIL) ? Decision.allow() : Decision.refuse("policy.library.council-edits");
    }

    public static Decision mayModerate(Actor actor) {
        return actor.has(Role.COUNCIL) ? Decision.allow() : Decision.refuse("policy.library.council-moderates");
    }
}
