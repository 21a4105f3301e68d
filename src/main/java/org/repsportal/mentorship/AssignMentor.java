package org.repsportal.mentorship;

import java.time.LocalDate;

/**
 * A request to give a mentee a (new) mentor. {@code readinessOverride} is the Council's reason for
 * assigning a mentor who is not ready for new mentees (e.g. orientation incomplete), {@code capacityOverride}
 * its reason for assigning beyond the mentor's capacity; null otherwise. An interim assignment covers the
 * permanent one up to and including {@code interimLastDay}, for the absence {@code absenceId} if there is one.
 */
public record AssignMentor(long menteeId, long mentorId, AssignmentKind kind, String reason, String readinessOverride,
                           String capacityOverride, LocalDate interimLastDay, Long absenceId) {

    public AssignMentor(long menteeId, long mentorId, AssignmentKind kind, String reason) {
        this(menteeId, mentorId, kind, reason, null, null, null, null);
    }

    public AssignMentor(long menteeId, long mentorId, AssignmentKind kind, String reason, String readinessOverride) {
        this(menteeId, mentorId, kind, reason, readinessOverride, null, null, null);
    }

    /** An interim mentor up to and including the given day. */
    public static AssignMentor interim(long menteeId, long mentorId, String reason, LocalDate lastDay, Long absenceId) {
        return new AssignMentor(menteeId, mentorId, AssignmentKind.INTERIM, reason, null, null, lastDay, absenceId);
    }

    public AssignMentor withCapacityOverride(String why) {
        return new AssignMentor(menteeId, mentorId, kind, reason, readinessOverride, why, interimLastDay, absenceId);
    }

    public boolean hasReadinessOverride() {
        return readinessOverride != null && !readinessOverride.isBlank();
    }

    public boolean hasCapacityOverride() {
        return capacityOverride != null && !capacityOverride.isBlank();
    }
}
