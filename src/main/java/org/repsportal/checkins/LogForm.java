package org.repsportal.checkins;

import java.util.ArrayList;
import java.util.List;

import org.repsportal.platform.DateTimeZoneForm;

/** The "log a past check-in" form as typed: with whom, the day (and time, if known), goals, notes, follow-ups. */
class LogForm extends DateTimeZoneForm {

    private Long menteeId;

    private List<String> goals = new ArrayList<>(List.of("", "", ""));
    private String notes;
    private List<String> followUps = new ArrayList<>(List.of("", "", ""));

    HeldCheckIn toHeld() {
        return new HeldCheckIn(menteeId, getDate(), getTime(), getTimeZone(), goals, notes, followUps);
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

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<String> getFollowUps() {
        return followUps;
    }

    public void setFollowUps(List<String> followUps) {
        this.followUps = followUps;
    }
}
