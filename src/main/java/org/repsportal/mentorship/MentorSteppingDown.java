package org.repsportal.mentorship;

import java.time.LocalDate;

/** A mentor said they step down from {@code lastDay}; the Council reassigns their mentees. */
public record MentorSteppingDown(long stepDownId, long mentorId, LocalDate lastDay, boolean leavingProgram) {
}
