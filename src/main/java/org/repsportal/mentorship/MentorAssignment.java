package org.repsportal.mentorship;

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

/**
 * One mentor guiding one mentee for a while. It is current until it ends; ended assignments stay as
 * the mentee's history.
 */
@Entity
@Table(name = "mentor_assignments")
public class MentorAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mentor_assignments_seq")
    @SequenceGenerator(name = "mentor_assignments_seq", sequenceName = "mentor_assignments_seq", allocationSize = 50)
    private Long id;

    private long menteeId;
    private long mentorId;

    @Enumerated(EnumType.STRING)
    private AssignmentKind kind;

    private LocalDate startedOn;
    private LocalDate endedOn;
    private String reason;
    private String endReason;
    private Long assignedBy;
    private String readinessOverride;
    private String capacityOverride;
    private Long absenceId;
    private String handoverNote;
    private LocalDate handedBackOn;

    @Version
    private long version;

    protected MentorAssignment() {
    }

    MentorAssignment(long menteeId, long mentorId, AssignmentKind kind, LocalDate startedOn, String reason, Long assignedBy) {
        this.menteeId = menteeId;
        this.mentorId = mentorId;
        this.kind = kind;
        this.startedOn = startedOn;
        this.reason = reason;
        this.assignedBy = assignedBy;
    }

    /**
     * The assignment, just made, gives the mentee this mentor from its first day; {@code reassignmentId} names
     * the change of mentor it comes from, {@code welcomed} whether the path that made it told both people itself.
     */
    MentorAssigned assigned(Long previousMentorId, Long reassignmentId, boolean welcomed) {
        return new MentorAssigned(menteeId, mentorId, previousMentorId, kind, startedOn, reassignmentId, welcomed);
    }

    /** A Council member assigns the mentee although the mentor's orientation is not complete, saying why. */
    MentorReadinessOverridden overrideReadiness(String why, long councilMemberId, LocalDate on) {
        this.readinessOverride = why;
        return new MentorReadinessOverridden(mentorId, menteeId, councilMemberId, why, on);
    }

    void overrideCapacity(String why) {
        this.capacityOverride = why;
    }

    /**
     * An interim assignment over the permanent one: current from {@code from} up to and including
     * {@code lastDay}; on the next day the permanent mentor is back without anything having to run.
     */
    static MentorAssignment interim(long menteeId, long mentorId, LocalDate from, LocalDate lastDay, String reason,
                                    Long assignedBy, Long absenceId) {
        var interim = new MentorAssignment(menteeId, mentorId, AssignmentKind.INTERIM, from, reason, assignedBy);
        interim.endedOn = lastDay.plusDays(1);
        interim.absenceId = absenceId;
        return interim;
    }

    /** Whether this assignment guides the mentee on the given day. */
    public boolean isCurrentOn(LocalDate day) {
        return !startedOn.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
    }

    /** The day an interim assignment ends (the permanent mentor is back), or null for a permanent one. */
    public LocalDate getInterimEndsOn() {
        return kind == AssignmentKind.INTERIM ? endedOn : null;
    }

    /**
     * The absence it covers moved to new days (both inclusive): an interim that has not begun starts on the new first
     * day (today at the earliest), and it ends the day after the new last day, sooner or later than planned, but never
     * before today.
     */
    void followAbsence(LocalDate firstDay, LocalDate lastDay, LocalDate today) {
        if (kind != AssignmentKind.INTERIM) {
            throw new org.repsportal.platform.IllegalTransitionException("mentorship.interim.not-interim");
        }
        if (startedOn.isAfter(today)) {
            startedOn = firstDay.isAfter(today) ? firstDay : today;
        }
        LocalDate end = lastDay.plusDays(1).isAfter(today) ? lastDay.plusDays(1) : today;
        this.endedOn = end.isBefore(startedOn) ? startedOn : end;
    }

    /** The absence came to an end earlier than planned: the interim ends on that day, if it has not ended already. */
    void endInterimOn(LocalDate on) {
        if (kind != AssignmentKind.INTERIM) {
            throw new org.repsportal.platform.IllegalTransitionException("mentorship.interim.not-interim");
        }
        if (endedOn == null || on.isBefore(endedOn)) {
            this.endedOn = on.isBefore(startedOn) ? startedOn : on;
        }
    }

    /** The Council makes an interim assignment permanent: it no longer ends. */
    MentorAssigned makePermanent(LocalDate today, Long previousMentorId) {
        if (kind != AssignmentKind.INTERIM || !isCurrentOn(today)) {
            throw new org.repsportal.platform.IllegalTransitionException("mentorship.interim.not-current");
        }
        this.kind = AssignmentKind.PERMANENT;
        this.endedOn = null;
        this.endReason = null;
        return new MentorAssigned(menteeId, mentorId, previousMentorId, AssignmentKind.PERMANENT, today);
    }

    void writeHandoverNote(String note) {
        this.handoverNote = note;
    }

    void handedBack(LocalDate on) {
        this.handedBackOn = on;
    }

    void end(LocalDate on, String why) {
        if (kind == AssignmentKind.INTERIM && endedOn != null && endedOn.isAfter(on)) {
            this.endedOn = on;
            this.endReason = why;
            return;
        }
        if (endedOn != null) {
            throw new IllegalStateException("Assignment " + id + " has already ended");
        }
        this.endedOn = on;
        this.endReason = why;
    }

    /** Whether the assignment has not ended (an interim one may still be planned to end). */
    public boolean isCurrent() {
        return endedOn == null;
    }

    public String getCapacityOverride() {
        return capacityOverride;
    }

    public Long getAbsenceId() {
        return absenceId;
    }

    public String getHandoverNote() {
        return handoverNote;
    }

    public LocalDate getHandedBackOn() {
        return handedBackOn;
    }

    public Long getId() {
        return id;
    }

    public long getMenteeId() {
        return menteeId;
    }

    public long getMentorId() {
        return mentorId;
    }

    public AssignmentKind getKind() {
        return kind;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getReason() {
        return reason;
    }

    public String getEndReason() {
        return endReason;
    }

    public Long getAssignedBy() {
        return assignedBy;
    }

    /** The Council's reason for assigning a mentor who was not ready for new mentees, if it did. */
    public String getReadinessOverride() {
        return readinessOverride;
    }
}
