package org.repsportal.checkins;

import java.util.ArrayList;
import java.util.List;


/** The notes form after a check-in: the notes and up to three new follow-up actions. */
class NotesForm {

    private String notes;
    private List<String> followUps = new ArrayList<>(List.of("", "", ""));

    CheckInNotes toNotes() {
        return new CheckInNotes(notes, followUps);
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
