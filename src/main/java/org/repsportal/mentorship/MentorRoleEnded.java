package org.repsportal.mentorship;

import java.time.LocalDate;

/** A mentor who stepped down has no mentee left: the Mentor role ended; {@code leftProgram} if they left as alumni. */
public record MentorRoleEnded(long mentorId, long stepDownId, LocalDate on, boolean leftProgram) {
}
