package org.repsportal.leaders;

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

/** How the Council followed up a nomination on a day, and the state it left the nomination in. */
@Entity
@Table(name = "nomination_follow_ups")
class LeaderNominationFollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "nomination_follow_ups_seq")
    @SequenceGenerator(name = "nomination_follow_ups_seq", sequenceName = "nomination_follow_ups_seq", allocationSize = 50)
    private Long id;

    private Long nominationId;
    private long authorId;
    private LocalDate followedUpOn;
    private String note;

    @Enumerated(EnumType.STRING)
    private LeaderNominationState stateAfter;

    private Instant createdAt;

    protected LeaderNominationFollowUp() {
    }

    LeaderNominationFollowUp(Long nominationId, long authorId, LocalDate followedUpOn, String note, LeaderNominationState stateAfter,
                       Instant createdAt) {
        this.nominationId = nominationId;
        this.authorId = authorId;
        this.followedUpOn = followedUpOn;
        this.note = note;
        this.stateAfter = stateAfter;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getNominationId() {
        return nominationId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public LocalDate getFollowedUpOn() {
        return followedUpOn;
    }

    public String getNote() {
        return note;
    }

    public LeaderNominationState getStateAfter() {
        return stateAfter;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
