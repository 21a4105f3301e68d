package org.repsportal.orientation;

import org.repsportal.platform.Decision;

/**
 * A mentor whose orientation is incomplete is not offered for new mentees, unless a Council member
 * overrode it with a reason. Mentors without an orientation record (appointed before the portal tracked
 * orientation) and active mentors are ready.
 */
final class MentorReadinessPolicy {

    private MentorReadinessPolicy() {
    }

    /**
     * @param latest          the state of the mentor's latest orientation, or null when there is none
     * @param councilOverride whether the Council allowed new mentees during this orientation
     */
    public static Decision readyForNewMentees(OrientationState latest, boolean councilOverride) {
        if (latest == null || !latest.inProgress() || councilOverride) {
            return Decision.allow();
        }
        return Decision.refuse("policy.orientation.not-ready");
    }
}
