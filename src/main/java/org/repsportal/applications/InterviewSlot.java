package org.repsportal.applications;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A time the interviewer offered; the applicant picks one of them. */
@Entity
@Table(name = "application_slots")
class InterviewSlot {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_slots_seq")
    @SequenceGenerator(name = "application_slots_seq", sequenceName = "application_slots_seq", allocationSize = 50)
    private Long id;

    private long applicationId;
    private Instant startsAt;
    private String timeZone;
    private int durationMin;
    private boolean picked;
    private boolean withdrawn;

    protected InterviewSlot() {
    }

    InterviewSlot(long applicationId, Instant startsAt, ZoneId zone, int durationMin) {
        this.applicationId = applicationId;
        this.startsAt = startsAt;
        this.timeZone = zone.getId();
        this.durationMin = durationMin;
    }

    void pick() {
        picked = true;
    }

    void unpick() {
        picked = false;
    }

    void withdraw() {
        withdrawn = true;
        picked = false;
    }

    public ZonedDateTime start() {
        return startsAt.atZone(ZoneId.of(timeZone));
    }

    public ZonedDateTime startIn(String zone) {
        return startsAt.atZone(ZoneId.of(zone));
    }

    Duration duration() {
        return Duration.ofMinutes(durationMin);
    }

    public Long getId() { return id; }
    public long getApplicationId() { return applicationId; }
    public Instant getStartsAt() { return startsAt; }
    public String getTimeZone() { return timeZone; }
    public int getDurationMin() { return durationMin; }
    public boolean isPicked() { return picked; }
    public boolean isWithdrawn() { return withdrawn; }
}
