package org.repsportal.mentorship;

import java.time.LocalDate;

/** An interim assignment ended: the mentee is back with their permanent mentor from {@code on}. */
record MenteeHandedBack(long menteeId, long interimMentorId, long mentorId, LocalDate on) {
}
