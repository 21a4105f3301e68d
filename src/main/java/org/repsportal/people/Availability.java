package org.repsportal.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Who of the given people is away on a declared absence on a day; provided by the module that holds
 * absences. Without one, nobody is away.
 */
public interface Availability {

    Set<Long> awayOn(LocalDate day, Collection<Long> personIds);

    /** Who of the given people is away on at least one day between the two dates, both inclusive. */
    default Set<Long> awayDuring(LocalDate from, LocalDate to, Collection<Long> personIds) {
        return awayOn(from, personIds);
    }

    Availability EVERYONE_AVAILABLE = (day, personIds) -> Set.of();
}
