package org.repsportal.orientation;

import org.repsportal.library.SopPageRead;
import org.repsportal.mentorship.MentorReadinessOverridden;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Reading a library page completes its orientation step; an assignment made despite orientation is recorded. */
@Component
class OrientationListeners {

    private final Orientations orientations;

    OrientationListeners(Orientations orientations) {
        this.orientations = orientations;
    }

    @ApplicationModuleListener
    void on(SopPageRead read) {
        orientations.pageRead(read);
    }

    @ApplicationModuleListener
    void on(MentorReadinessOverridden overridden) {
        orientations.recordOverride(overridden.mentorId(), overridden.menteeId(), overridden.councilMemberId(),
                overridden.reason());
    }
}
