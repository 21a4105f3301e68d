package org.repsportal.mentorship;

import java.time.LocalDate;
import java.util.List;

/**
 * A step-down's last day passed with mentees still assigned to the mentor: their assignments ended, so they wait
 * on the orphan watch, and the Council is told.
 */
record StepDownLastDayPassed(long stepDownId, long mentorId, LocalDate lastDay, List<Long> menteeIds) {
}
