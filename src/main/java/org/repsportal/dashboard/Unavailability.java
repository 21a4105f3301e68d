package org.repsportal.dashboard;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Who of the given people is on a declared absence on a day; provided by the module that holds
 * absences. Without one, nobody is unavailable.
 */
public interface Unavailability {

    Set<Long> on(LocalDate day, Collection<Long> personIds);

    Unavailability NONE = (day, personIds) -> Set.of();
}
