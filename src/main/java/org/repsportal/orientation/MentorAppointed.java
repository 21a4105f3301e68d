package org.repsportal.orientation;

import java.time.LocalDate;

/** The Council appointed a nominated Rep as mentor. */
public record MentorAppointed(long orientationId, long personId, long councilMemberId, LocalDate on) {
}
