package org.repsportal.leaders;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** A follow-up of a nomination as the Council member typed it. */
class FollowUpForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate on;
    private String note;
    private LeaderNominationState state;

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LeaderNominationState getState() {
        return state;
    }

    public void setState(LeaderNominationState state) {
        this.state = state;
    }
}
