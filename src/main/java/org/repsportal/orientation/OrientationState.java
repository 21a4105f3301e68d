package org.repsportal.orientation;

/**
 * Where someone is on the way to mentoring: nominated, appointed, in orientation, an active mentor, stepping
 * down, a former mentor; or declined.
 */
enum OrientationState {
    NOMINATED, APPOINTED, IN_ORIENTATION, ACTIVE_MENTOR, DECLINED, STEPPING_DOWN, FORMER_MENTOR;

    /** Appointed but orientation not complete. */
    public boolean inProgress() {
        return this == APPOINTED || this == IN_ORIENTATION;
    }
}
