package org.repsportal.orientation;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An onboarding or training call the Council scheduled: when (in its own time zone), for how long, where. */
@Entity
@Table(name = "orientation_calls")
class OrientationCall {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "orientation_calls_seq")
    @SequenceGenerator(name = "orientation_calls_seq", sequenceName = "orientation_calls_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    private CallKind kind;

    private Instant startsAt;
    private String timeZone;
    private int durationMinutes;
    private String link;
    private String notes;
    private long organizerId;
    private Instant createdAt;
    private int sequence;

    @Version
    private long version;

    protected OrientationCall() {
    }

    OrientationCall(CallKind kind, ZonedDateTime start, int durationMinutes, String link, String notes, long organizerId,
                    Instant createdAt) {
        this.kind = kind;
        this.startsAt = start.toInstant();
        this.timeZone = start.getZone().getId();
        this.durationMinutes = durationMinutes;
        this.link = link;
        this.notes = notes;
        this.organizerId = organizerId;
        this.createdAt = createdAt;
    }

    /** The start in the call's own time zone. */
    public ZonedDateTime start() {
        return startsAt.atZone(ZoneId.of(timeZone));
    }

    public ZonedDateTime end() {
        return start().plus(Duration.ofMinutes(durationMinutes));
    }

    public boolean hasStartedAt(Instant now) {
        return !now.isBefore(startsAt);
    }

    public Long getId() {
        return id;
    }

    public CallKind getKind() {
        return kind;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getLink() {
        return link;
    }

    public String getNotes() {
        return notes;
    }

    public long getOrganizerId() {
        return organizerId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The iCalendar SEQUENCE of the invitation. */
    public int getSequence() {
        return sequence;
    }
}
