package org.repsportal.orientation;

import java.util.ArrayList;
import java.util.List;

import org.repsportal.platform.DateTimeZoneForm;

/** An orientation call as the Council types it. */
class CallForm extends DateTimeZoneForm {

    private CallKind kind = CallKind.ONBOARDING;

    private Integer durationMinutes;
    private String link;
    private String notes;
    private List<Long> inviteeIds = new ArrayList<>();

    ScheduleCall toRequest() {
        return new ScheduleCall(kind, getDate(), getTime(), getTimeZone(), durationMinutes, link, notes, inviteeIds);
    }

    public CallKind getKind() {
        return kind;
    }

    public void setKind(CallKind kind) {
        this.kind = kind;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<Long> getInviteeIds() {
        return inviteeIds;
    }

    public void setInviteeIds(List<Long> inviteeIds) {
        this.inviteeIds = inviteeIds == null ? new ArrayList<>() : inviteeIds;
    }
}
