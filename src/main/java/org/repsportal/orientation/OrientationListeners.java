package org.repsportal.orientation;

import org.repsportal.checkins.CheckInPlanned;
import org.repsportal.checkins.CheckInQueries;
import org.repsportal.library.SopPageRead;
import org.repsportal.mentorship.MentorReadinessOverridden;
import org.repsportal.mentorship.MentorRoleEnded;
import org.repsportal.mentorship.MentorSteppingDown;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Reading a library page and planning check-ins with every mentee complete their orientation steps; an
 * assignment made despite orientation is recorded.
 */
@Component
class OrientationListeners {

    private final Orientations orientations;
    private final CheckInQueries checkIns;

    OrientationListeners(Orientations orientations, CheckInQueries checkIns) {
        this.orientations = orientations;
        this.checkIns = checkIns;
    }

    @ApplicationModuleListener
    void on(CheckInPlanned planned) {
        orientations.checkInPlanned(planned.mentorId(), checkIns.menteesWithACheckIn(planned.mentorId()));
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

    @ApplicationModuleListener
    void on(MentorSteppingDown steppingDown) {
        orientations.steppingDown(steppingDown.mentorId());
    }

    @ApplicationModuleListener
    void on(MentorRoleEnded ended) {
        orientations.formerMentor(ended.mentorId());
    }
}
