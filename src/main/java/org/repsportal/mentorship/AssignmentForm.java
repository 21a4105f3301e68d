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

    AssignMentor toRequest(long menteeId) {
        return new AssignMentor(menteeId, mentorId, kind, reason.strip(),
                override == null || override.isBlank() ? null : override.strip());
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
