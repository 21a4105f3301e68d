package org.repsportal.mentorship;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The Council's form to give a Rep a mentor. */
class AssignmentForm {

    @NotNull
    private Long mentorId;

    @NotNull
    private AssignmentKind kind = AssignmentKind.PERMANENT;

    @NotBlank
    @Size(max = 500)
    private String reason;

    @Size(max = 500)
    private String override;

    @Size(max = 500)
    private String capacityOverride;

    @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
    private java.time.LocalDate interimLastDay;

    AssignMentor toRequest(long menteeId) {
        return new AssignMentor(menteeId, mentorId, kind, reason.strip(),
                override == null || override.isBlank() ? null : override.strip(),
                capacityOverride == null || capacityOverride.isBlank() ? null : capacityOverride.strip(),
                kind == AssignmentKind.INTERIM ? interimLastDay : null, null);
    }

    public String getCapacityOverride() {
        return capacityOverride;
    }

    public void setCapacityOverride(String capacityOverride) {
        this.capacityOverride = capacityOverride;
    }

    public java.time.LocalDate getInterimLastDay() {
        return interimLastDay;
    }

    public void setInterimLastDay(java.time.LocalDate interimLastDay) {
        this.interimLastDay = interimLastDay;
    }

    public String getOverride() {
        return override;
    }

    public void setOverride(String override) {
        this.override = override;
    }

    public Long getMentorId() {
        return mentorId;
    }

    public void setMentorId(Long mentorId) {
        this.mentorId = mentorId;
    }

    public AssignmentKind getKind() {
        return kind;
    }

    public void setKind(AssignmentKind kind) {
        this.kind = kind;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
