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

    void overrideReadiness(String why) {
        this.readinessOverride = why;
    }

    void end(LocalDate on, String why) {
        if (endedOn != null) {
            throw new IllegalStateException("Assignment " + id + " has already ended");
        }
        this.endedOn = on;
        this.endReason = why;
    }

    public boolean isCurrent() {
        return endedOn == null;
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
