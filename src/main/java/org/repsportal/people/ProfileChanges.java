package org.repsportal.people;

import java.util.Set;

/** What a person may change about themselves on their profile. */
record ProfileChanges(String displayName, String fullName, String countryCode, String city,
                             String timeZone, Set<String> languages, Set<String> functionalAreas, String bio) {

    public ProfileChanges {
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        functionalAreas = functionalAreas == null ? Set.of() : Set.copyOf(functionalAreas);
    }
}
