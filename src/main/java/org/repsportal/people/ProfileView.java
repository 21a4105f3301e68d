package org.repsportal.people;

import java.time.LocalDate;
import java.util.List;

/**
 * A profile as one reader may see it: names resolved from the catalog, the mentor and mentees named,
 * and the email only for the person's close circle.
 */
public record ProfileView(long id, String displayName, String fullName, String email, String regionCode,
                          String regionName, String countryCode, String countryName, String city, String timeZone,
                          List<String> languages, List<String> functionalAreas, List<String> languageCodes,
                          List<String> areaCodes, String bio, LocalDate joinedOn,
                          List<Role> roles, PersonStatus status, PersonSummary mentor, List<PersonSummary> mentees,
                          boolean editable, boolean closeCircle) {
}
