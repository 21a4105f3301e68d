package org.repsportal.orientation;

/** A reason the Council gives: for declining a nomination, or for allowing new mentees early. */
class ReasonForm {

    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
