package org.repsportal.tasks;

/** Published when the work behind a task is done; the task with that {@code sourceRef} closes itself. */
public record TaskWorkDone(String sourceRef, String resolution) {
}
