package org.repsportal.mentorship;

import java.time.LocalDate;
import java.util.List;

/** A step-down as the Council works on it: each mentee still to reassign, the recommendation, the best proposals. */
record StepDownView(long id, long mentorId, String mentorName, LocalDate lastDay, boolean leavingProgram,
                           String state, List<Mentee> mentees) {

    public record Mentee(long id, String name, Long recommendedId, String recommendedName, List<Proposal> proposals) {
    }
}
