package org.repsportal.people;

import java.time.LocalDate;
import java.util.Set;

/** A person to add to the program, with everything a profile starts with. */
public record NewPerson(String displayName, String fullName, String email, String countryCode, String city,
                        String timeZone, Set<String> languages, Set<String> functionalAreas, String bio,
                        LocalDate joinedOn, Set<Role> roles, PersonStatus status) {
}
