package org.repsportal.mentorship.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.repsportal.mentorship.AssignMentor;
import org.repsportal.mentorship.AssignmentKind;

/** The Council's form to give a Rep a mentor. */
class AssignmentForm {

    @NotNull
    private Long mentorId;

    @NotNull
    private AssignmentKind kind = AssignmentKind.PERMANENT;

    @NotBlank
    @Size(max = 500)
    private String reason;

    AssignMentor toRequest(long menteeId) {
        return new AssignMentor(menteeId, mentorId, kind, reason.strip());
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
