package org.repsportal.platform;

/** One invalid field: its name and the message key saying what is wrong. */
public record FieldProblem(String field, String messageKey) {
}
