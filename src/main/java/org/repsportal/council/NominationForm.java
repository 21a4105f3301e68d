package org.repsportal.council;


/** A mentor's nomination of a mentee as typed. */
class NominationForm {

    private Long personId;
    private String reason;

    NewNomination toNomination() {
        return new NewNomination(personId, reason);
    }

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
