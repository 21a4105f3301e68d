package org.repsportal.leaders;


/** A mentor's nomination of a mentee as typed. */
class LeaderNominationForm {

    private Long personId;
    private String reason;

    NewLeaderNomination toNomination() {
        return new NewLeaderNomination(personId, reason);
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
