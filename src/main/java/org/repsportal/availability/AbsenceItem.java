package org.repsportal.availability;

import java.time.LocalDate;

/**
 * An absence as a list shows it to one reader: the reason only for the person themselves, the plan for them
 * and the Council; {@code changeable} whether the reader may still change or end it.
 */
record AbsenceItem(long id, long personId, LocalDate from, LocalDate to, AbsenceState state, Long delegateId,
                   String delegateName, String autoReply, String reason, boolean reassignmentRequested, String plan,
                   boolean changeable, boolean begun) {
}
