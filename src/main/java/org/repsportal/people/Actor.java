package org.repsportal.people;

import java.util.Set;

/** The person on whose behalf a request runs, with the roles they hold right now. */
public record Actor(long personId, Set<Role> roles) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isCouncilOrAdmin() {
        return has(Role.COUNCIL) || has(Role.ADMIN);
    }

    public boolean is(long otherPersonId) {
        return personId == otherPersonId;
    }
}
