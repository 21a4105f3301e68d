package org.repsportal.people;

import java.util.Set;

/**
 * The person on whose behalf a request runs, with the roles they hold right now, the language they chose
 * for the portal (null until chosen) and their time zone (null when unknown).
 */
public record Actor(long personId, Set<Role> roles, String language, String timeZone) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public Actor(long personId, Set<Role> roles) {
        this(personId, roles, null, null);
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
