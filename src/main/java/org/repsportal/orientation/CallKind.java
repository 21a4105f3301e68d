package org.repsportal.orientation;

/** The calls of orientation: the onboarding call with Council members, and the training call. */
public enum CallKind {
    ONBOARDING(OrientationStep.ONBOARDING_CALL), TRAINING(OrientationStep.TRAINING);

    private final OrientationStep step;

    CallKind(OrientationStep step) {
        this.step = step;
    }

    /** The checklist step that attending such a call completes. */
    public OrientationStep step() {
        return step;
    }
}
