package org.repsportal.orientation;

import java.time.LocalDate;

/** One step of a new mentor's orientation is done. */
public record OrientationStepCompleted(long orientationId, long personId, OrientationStep step, LocalDate on) {
}
