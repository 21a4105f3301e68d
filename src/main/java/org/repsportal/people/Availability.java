package org.repsportal.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
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

    /** Someone's absence on a day as their profile shows it: their last day away, and whom to contact instead. */
    record Away(LocalDate until, Long delegateId, String delegateName) {
    }

    /** The person's absence today, if they are away (today by the provider's clock, for pages). */
    default Optional<Away> absenceToday(long personId) {
        return Optional.empty();
    }

    /** Who of the given people is away today (by the provider's clock, for pages). */
    default Set<Long> awayToday(Collection<Long> personIds) {
        return Set.of();
    }

    Availability EVERYONE_AVAILABLE = (day, personIds) -> Set.of();
}
