package org.repsportal.people;

import java.time.LocalDate;

/** A person as dashboards list them: name, email, when they joined and whether they take part. */
public record PersonCard(long id, String displayName, String email, LocalDate joinedOn, PersonStatus status) {
}
