package org.repsportal.orientation;

import java.time.LocalDate;

/** An appointed mentor began the orientation checklist. */
public record OrientationStarted(long orientationId, long personId, LocalDate on) {
}
