package org.repsportal.orientation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A checklist step done: when, who confirmed it (for a witnessed step), and what (e.g. the page version read). */
@Embeddable
class CompletedStep {

    @Enumerated(EnumType.STRING)
    @Column(name = "step_key")
    private OrientationStep step;

    private LocalDate doneOn;
    private Instant doneAt;
    private Long confirmedBy;
    private String detail;
    private Integer sopVersion;

    protected CompletedStep() {
    }

    CompletedStep(OrientationStep step, LocalDate doneOn, Instant doneAt, Long confirmedBy, String detail, Integer sopVersion) {
        this.step = step;
        this.doneOn = doneOn;
        this.doneAt = doneAt;
        this.confirmedBy = confirmedBy;
        this.detail = detail;
        this.sopVersion = sopVersion;
    }

    public OrientationStep getStep() {
        return step;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public Long getConfirmedBy() {
        return confirmedBy;
    }

    public String getDetail() {
        return detail;
    }

    public Integer getSopVersion() {
        return sopVersion;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CompletedStep c && c.step == step && Objects.equals(c.doneOn, doneOn)
                && Objects.equals(c.doneAt, doneAt) && Objects.equals(c.confirmedBy, confirmedBy)
                && Objects.equals(c.detail, detail) && Objects.equals(c.sopVersion, sopVersion);
    }

    @Override
    public int hashCode() {
        return Objects.hash(step, doneOn);
    }
}
