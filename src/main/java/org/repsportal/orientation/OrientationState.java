package org.repsportal.orientation;

/** Where someone is on the way to mentoring: nominated, appointed, in orientation, an active mentor; or declined. */
enum OrientationState {
    NOMINATED, APPOINTED, IN_ORIENTATION, ACTIVE_MENTOR, DECLINED;

    /** Appointed but orientation not complete. */
    public boolean inProgress() {
        return this == APPOINTED || this == IN_ORIENTATION;
    }
}
