package org.repsportal.orientation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A new mentor invited to a call, and whether they attended (as a Council member recorded). */
@Entity
@Table(name = "orientation_call_invitations")
class CallInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "orientation_call_invitations_seq")
    @SequenceGenerator(name = "orientation_call_invitations_seq", sequenceName = "orientation_call_invitations_seq", allocationSize = 50)
    private Long id;

    private long callId;
    private long personId;
    private Instant invitedAt;
    private Boolean attended;
    private Long recordedBy;
    private Instant recordedAt;

    @Version
    private long version;

    protected CallInvitation() {
    }

    CallInvitation(long callId, long personId, Instant invitedAt) {
        this.callId = callId;
        this.personId = personId;
        this.invitedAt = invitedAt;
    }

    CallAttendanceRecorded recordAttendance(boolean attended, long by, Instant at) {
        this.attended = attended;
        this.recordedBy = by;
        this.recordedAt = at;
        return new CallAttendanceRecorded(callId, personId, attended);
    }

    public Long getId() {
        return id;
    }

    public long getCallId() {
        return callId;
    }

    public long getPersonId() {
        return personId;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    /** Null until a Council member records it. */
    public Boolean getAttended() {
        return attended;
    }

    public Long getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
