package org.repsportal.orientation;

/** Who is nominated as mentor, and why. */
class MentorNominationForm {

    private Long personId;
    private String reason;

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
