package org.repsportal.checkins;

import java.util.ArrayList;
import java.util.List;

import org.repsportal.platform.DateTimeZoneForm;

/** The plan-a-check-in form as typed: three goal fields, at least one filled. */
class PlanForm extends DateTimeZoneForm {

    private Long menteeId;

    private List<String> goals = new ArrayList<>(List.of("", "", ""));

    PlanCheckIn toPlan() {
        return new PlanCheckIn(menteeId, localDateTime(), getTimeZone(), goals);
    }

    public Long getMenteeId() {
        return menteeId;
    }

    public void setMenteeId(Long menteeId) {
        this.menteeId = menteeId;
    }

    public List<String> getGoals() {
        return goals;
    }

    public void setGoals(List<String> goals) {
        this.goals = goals;
    }
}
