package org.repsportal.orientation;

import java.time.LocalDate;
import java.util.List;

/**
 * A new mentor's orientation as they and the Council see it: each step, done or not, and how many
 * current mentees they have (for the first check-ins step).
 */
public record Checklist(long orientationId, long personId, OrientationState state, LocalDate startedOn,
                        List<StepStatus> steps, long currentMentees) {

    /** One step: whether and when it was done, who confirmed it, which page version was read. */
    public record StepStatus(OrientationStep step, boolean done, LocalDate doneOn, Long confirmedBy, String detail,
                             Integer sopVersion) {

        public String key() {
            return step.key();
        }
    }

    public boolean complete() {
        return steps.stream().allMatch(StepStatus::done);
    }

    public long doneCount() {
        return steps.stream().filter(StepStatus::done).count();
    }

    public int total() {
        return steps.size();
    }

    public int percent() {
        return total() == 0 ? 100 : (int) (doneCount() * 100 / total());
    }

    static Checklist of(Orientation orientation, long currentMentees) {
        List<StepStatus> steps = java.util.Arrays.stream(OrientationStep.values())
                .map(step -> orientation.step(step)
                        .map(done -> new StepStatus(step, true, done.getDoneOn(), done.getConfirmedBy(), done.getDetail(),
                                done.getSopVersion()))
                        .orElse(new StepStatus(step, false, null, null, null, null)))
                .toList();
        return new Checklist(orientation.getId(), orientation.getPersonId(), orientation.getState(),
                orientation.getOrientationStartedOn(), steps, currentMentees);
    }
}
