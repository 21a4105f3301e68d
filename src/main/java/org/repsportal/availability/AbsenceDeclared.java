package org.repsportal.availability;

import java.time.LocalDate;

/**
 * A person declared an absence, or changed one ({@code from} and {@code to} both inclusive). A mentor away for
 * longer than the program allows without a plan says what should happen to their mentees:
 * {@code reassignmentRequested}, or a {@code plan} for the Council; {@code longMentorAbsence} says whether that
 * rule applied.
 */
public record AbsenceDeclared(long absenceId, long personId, LocalDate from, LocalDate to, Long delegateId,
                              boolean longMentorAbsence, boolean reassignmentRequested, String plan) {
}
