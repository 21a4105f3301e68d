package org.repsportal.orientation;

import java.time.LocalDate;

/** Every step is done: the person is an active mentor, ready for new mentees. */
public record OrientationCompleted(long orientationId, long personId, LocalDate on) {
}
