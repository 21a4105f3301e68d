package org.repsportal.availability;

import java.time.LocalDate;

/**
 * An absence ended before its planned last day: cancelled, or the person came back early. An absence that
 * runs to its planned end needs no event; its dates say when it ends.
 */
public record AbsenceEnded(long absenceId, long personId, LocalDate endedOn) {
}
