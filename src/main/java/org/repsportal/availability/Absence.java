package org.repsportal.availability;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.repsportal.platform.IllegalTransitionException;

/**
 * Someone's declared absence, from its first to its last day (both inclusive). It may be changed or cancelled
 * until it is over; once it has begun, the person may come back early, which makes yesterday its last day.
 */
@Entity
@Table(name = "absences")
class Absence {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "absences_seq")
    @SequenceGenerator(name = "absences_seq", sequenceName = "absences_seq", allocationSize = 50)
    private Long id;

    private long personId;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private LocalDate plannedEndsOn;

    @Enumerated(EnumType.STRING)
    private AbsenceState state = AbsenceState.DECLARED;

    private String reason;
    private Long delegateId;
    private String autoReply;
    private boolean reassignmentRequested;
    private String plan;
    private Long tasksCoveredBy;
    private LocalDate returnRemindedOn;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Absence() {
    }

    Absence(long personId, NewAbsence absence, Instant now) {
        this.personId = personId;
        this.createdAt = now;
        apply(absence, now);
    }

    /** New dates, delegate or texts, while the absence is not over. */
    AbsenceDeclared change(NewAbsence absence, boolean longMentorAbsence, LocalDate today, Instant now) {
        requireNotOver(today);
        apply(absence, now);
        returnRemindedOn = null;
        return declared(longMentorAbsence);
    }

    AbsenceDeclared declared(boolean longMentorAbsence) {
        return new AbsenceDeclared(id, personId, startsOn, endsOn, delegateId, longMentorAbsence, reassignmentRequested, plan);
    }

    /** The absence as its declaration reads without the reason or the plan (and with the flags false). */
    AbsenceDeclared asDeclared() {
        return new AbsenceDeclared(id, personId, startsOn, endsOn, delegateId, false, false, null);
    }

    /** Called off before its first day. */
    AbsenceEnded cancel(LocalDate today, Instant now) {
        requireNotOver(today);
        if (!startsOn.isAfter(today)) {
            throw new IllegalTransitionException("absence.transition.begun");
        }
        state = AbsenceState.CANCELLED;
        updatedAt = now;
        return new AbsenceEnded(id, personId, today);
    }

    /** Back before the planned last day: today is the first day back. Back on the first day means not away at all. */
    AbsenceEnded comeBack(LocalDate today, Instant now) {
        requireNotOver(today);
        if (startsOn.isAfter(today)) {
            throw new IllegalTransitionException("absence.transition.notBegun");
        }
        if (startsOn.equals(today)) {
            state = AbsenceState.CANCELLED;
        } else {
            state = AbsenceState.ENDED;
            endsOn = today.minusDays(1);
        }
        updatedAt = now;
        return new AbsenceEnded(id, personId, today);
    }

    /** Cancelled if it has not begun, otherwise ended today. */
    AbsenceEnded end(LocalDate today, Instant now) {
        return startsOn.isAfter(today) ? cancel(today, now) : comeBack(today, now);
    }

    private void requireNotOver(LocalDate today) {
        if (state != AbsenceState.DECLARED) {
            throw new IllegalTransitionException("absence.transition.ended");
        }
        if (endsOn.isBefore(today)) {
            throw new IllegalTransitionException("absence.transition.over");
        }
    }

    private void apply(NewAbsence absence, Instant now) {
        this.startsOn = absence.from();
        this.endsOn = absence.to();
        this.plannedEndsOn = absence.to();
        this.delegateId = absence.delegateId();
        this.reason = absence.givenReason();
        this.autoReply = absence.givenAutoReply();
        this.reassignmentRequested = absence.reassignmentRequested();
        this.plan = absence.givenPlan();
        this.updatedAt = now;
    }

    boolean isAwayOn(LocalDate day) {
        return state != AbsenceState.CANCELLED && !startsOn.isAfter(day) && !endsOn.isBefore(day);
    }

    boolean mayBeChangedOn(LocalDate today) {
        return state == AbsenceState.DECLARED && !endsOn.isBefore(today);
    }

    Long getId() {
        return id;
    }

    long getPersonId() {
        return personId;
    }

    LocalDate getStartsOn() {
        return startsOn;
    }

    LocalDate getEndsOn() {
        return endsOn;
    }

    LocalDate getPlannedEndsOn() {
        return plannedEndsOn;
    }

    AbsenceState getState() {
        return state;
    }

    String getReason() {
        return reason;
    }

    Long getDelegateId() {
        return delegateId;
    }

    String getAutoReply() {
        return autoReply;
    }

    boolean isReassignmentRequested() {
        return reassignmentRequested;
    }

    String getPlan() {
        return plan;
    }

    Long getTasksCoveredBy() {
        return tasksCoveredBy;
    }

    void setTasksCoveredBy(Long delegateId) {
        this.tasksCoveredBy = delegateId;
    }

    int getVersion() {
        return (int) version;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
