package org.repsportal.availability;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The absence form as typed; the delegate is chosen in the person picker, which sends their id. */
class AbsenceForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    private Long delegateId;
    private String reason;
    private String autoReply;
    private boolean reassignmentRequested;
    private String plan;

    NewAbsence toAbsence(Long delegateId) {
        return new NewAbsence(from, to, delegateId, reason, autoReply, reassignmentRequested, plan);
    }

    static AbsenceForm from(AbsenceItem absence, Long delegateId) {
        var form = new AbsenceForm();
        form.from = absence.from();
        form.to = absence.to();
        form.delegateId = delegateId;
        form.reason = absence.reason();
        form.autoReply = absence.autoReply();
        form.reassignmentRequested = absence.reassignmentRequested();
        form.plan = absence.plan();
        return form;
    }

    /** The form's name for a field the service names. */
    static String fieldOf(String problemField) {
        return problemField;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getDelegateId() {
        return delegateId;
    }

    public void setDelegateId(Long delegateId) {
        this.delegateId = delegateId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getAutoReply() {
        return autoReply;
    }

    public void setAutoReply(String autoReply) {
        this.autoReply = autoReply;
    }

    public boolean isReassignmentRequested() {
        return reassignmentRequested;
    }

    public void setReassignmentRequested(boolean reassignmentRequested) {
        this.reassignmentRequested = reassignmentRequested;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }
}
