package org.repsportal.tasks;

/** A person left the program: the open tasks assigned to them or about them close with the given resolution. */
public record TasksWithdrawn(long personId, String resolution) {
}
