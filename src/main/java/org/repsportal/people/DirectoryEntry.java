package org.repsportal.people;

import java.util.List;

/** One line of the directory. */
record DirectoryEntry(long id, String displayName, List<Role> roles, String regionCode,
                             String countryCode, String city, Long mentorId) {

    DirectoryEntry withMentor(Long mentor) {
        return new DirectoryEntry(id, displayName, roles, regionCode, countryCode, city, mentor);
    }
}
