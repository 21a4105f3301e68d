package org.repsportal.identity;

import org.repsportal.people.PersonStatus;
import org.repsportal.people.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How accounts behave.
 *
 * @param alumniMayWrite whether alumni, once signed in, may change anything; by default they only read
 * @param passwordSignIn whether people may sign in with their email and password; when off, only the OpenID
 *                       Connect providers let people in
 */
@ConfigurationProperties("portal.identity")
record IdentityProperties(@DefaultValue("false") boolean alumniMayWrite, @DefaultValue("true") boolean passwordSignIn) {

    private static final java.util.Set<Role> ACTIVE_ROLES = java.util.EnumSet.of(Role.REP, Role.MENTOR, Role.COUNCIL, Role.ADMIN);

    /** Alumni (by status, or holding only the alumni role) only read, unless the program lets them write. */
    boolean readOnly(java.util.Collection<Role> roles, PersonStatus status) {
        if (alumniMayWrite) {
            return false;
        }
        return status == PersonStatus.ALUMNI
                || (roles.contains(Role.ALUMNI) && roles.stream().noneMatch(ACTIVE_ROLES::contains));
    }
}
