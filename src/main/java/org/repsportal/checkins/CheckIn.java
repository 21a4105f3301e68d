package org.repsportal.checkins;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.repsportal.platform.IllegalTransitionException;

/**
 * A check-in: planned with at least one goal, then held with notes and follow-ups, then (maybe) given
 * feedback by the mentee. Its {@code uid} stays the same for the calendar; {@code sequence} counts changes.
 */
@Entity
@Table(name = "checkins")
public class CheckIn {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "checkins_seq")
    @SequenceGenerator(name = "checkins_seq", sequenceName = "checkins_seq", allocationSize = 50)
    private Long id;

    private UUID uid;
    private long mentorId;
    private long menteeId;
    private Instant scheduledAt;
    private String timeZone;
    private int durationMin = 45;

    @Enumerated(EnumType.STRING)
    private CheckInStatus status = CheckInStatus.PLANNED;

    private String notes;
    private LocalDate heldOn;
    private String menteeFeedback;
    private int sequence;
    private Long offeredTo;
    private Instant offeredAt;
    private Instant createdAt;
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "checkin_goals", joinColumns = @JoinColumn(name = "checkin_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    private List<String> goals = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "checkin_follow_ups", joinColumns = @JoinColumn(name = "checkin_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    private List<String> followUps = new ArrayList<>();

    @Version
    private long version;

    protected CheckIn() {
    }

    CheckIn(long mentorId, long menteeId, Instant scheduledAt, ZoneId zone, List<String> goals, Instant now) {
        this.uid = UUID.randomUUID();
        this.mentorId = mentorId;
        this.menteeId = menteeId;
        this.scheduledAt = scheduledAt;
        this.timeZone = zone.getId();
        this.goals.addAll(goals);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The check-in, just saved, planned by its mentor. */
    CheckInPlanned planned() {
        return new CheckInPlanned(id, mentorId, menteeId, scheduledAt);
    }

    /**
     * The follow-up actions the notes just added, numbered on from {@code firstNumber} (how many the check-in had
     * before); none when the notes added none.
     */
    java.util.Optional<FollowUpsAgreed> followUpsAgreed(List<String> added, int firstNumber) {
        return added.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new FollowUpsAgreed(id, mentorId, menteeId, added, firstNumber));
    }

    /** The check-in, with its notes just written, held (for one that was planned until now). */
    CheckInHeld held() {
        if (status != CheckInStatus.HELD) {
            throw new IllegalTransitionException("checkin.transition.not-planned");
        }
        return new CheckInHeld(id, mentorId, menteeId, heldOn);
    }

    CheckInMoved reschedule(Instant at, ZoneId zone, Instant now) {
        requirePlanned();
        Instant from = scheduledAt;
        scheduledAt = at;
        timeZone = zone.getId();
        changed(now);
        return new CheckInMoved(id, mentorId, menteeId, from, scheduledAt, sequence);
    }

    /**
     * Notes after the check-in, which then counts as held on the given day. Notes may be corrected later;
     * follow-up actions only add up. Returns the actions added now, each to become a task.
     */
    List<String> recordNotes(String text, List<String> actions, LocalDate on, Instant now) {
        if (status == CheckInStatus.CANCELLED) {
            throw new IllegalTransitionException("checkin.transition.cancelled");
        }
        notes = text;
        followUps.addAll(actions);
        if (status == CheckInStatus.PLANNED) {
            status = CheckInStatus.HELD;
            heldOn = on;
        }
        changed(now);
        return List.copyOf(actions);
    }

    /**
     * The mentee moved to another mentor: this planned check-in is offered to them. Only a check-in still to
     * come can be offered.
     */
    void offerTo(long newMentorId, Instant now) {
        requirePlanned();
        if (!scheduledAt.isAfter(now)) {
            throw new IllegalTransitionException("checkin.transition.past");
        }
        offeredTo = newMentorId;
        offeredAt = now;
        updatedAt = now;
    }

    /** The mentor it was offered to takes it over: it is theirs from now on, at the same time and with the same goals. */
    List<Object> takeOver(long personId, Instant now) {
        requireOfferedTo(personId);
        long formerMentorId = mentorId;
        mentorId = personId;
        offeredTo = null;
        offeredAt = null;
        changed(now);
        return List.of(new CheckInOfferAnswered(id, menteeId, formerMentorId, personId, true, scheduledAt, timeZone),
                new CheckInPlanned(id, mentorId, menteeId, scheduledAt, true));
    }

    /** The mentor it was offered to lets it go, or nobody took it over in time: it is cancelled. */
    CheckInOfferAnswered letGo(Instant now) {
        requirePlanned();
        if (offeredTo == null) {
            throw new IllegalTransitionException("checkin.transition.not-offered");
        }
        long newMentorId = offeredTo;
        offeredTo = null;
        offeredAt = null;
        status = CheckInStatus.CANCELLED;
        changed(now);
        return new CheckInOfferAnswered(id, menteeId, mentorId, newMentorId, false, scheduledAt, timeZone);
    }

    private void requireOfferedTo(long personId) {
        requirePlanned();
        if (offeredTo == null || offeredTo != personId) {
            throw new IllegalTransitionException("checkin.transition.not-offered");
        }
    }

    void giveFeedback(String feedback, Instant now) {
        if (status != CheckInStatus.HELD) {
            throw new IllegalTransitionException("checkin.transition.feedback-before-held");
        }
        menteeFeedback = feedback;
        updatedAt = now;
    }

    CheckInCancelled cancel(Instant now) {
        requirePlanned();
        status = CheckInStatus.CANCELLED;
        changed(now);
        return new CheckInCancelled(id, mentorId, menteeId, scheduledAt, sequence);
    }

    private void requirePlanned() {
        if (status != CheckInStatus.PLANNED) {
            throw new IllegalTransitionException("checkin.transition.not-planned");
        }
    }

    private void changed(Instant now) {
        sequence++;
        updatedAt = now;
    }

    public boolean involves(long personId) {
        return mentorId == personId || menteeId == personId;
    }

    /** The mentor this check-in is offered to (the mentee's new mentor), or null. */
    public Long getOfferedTo() {
        return offeredTo;
    }

    public boolean isOfferedTo(long personId) {
        return offeredTo != null && offeredTo == personId;
    }

    public Long getId() {
        return id;
    }

    public UUID getUid() {
        return uid;
    }

    public long getMentorId() {
        return mentorId;
    }

    public long getMenteeId() {
        return menteeId;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public int getDurationMin() {
        return durationMin;
    }

    public CheckInStatus getStatus() {
        return status;
    }

    public String getNotes() {
        return notes;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getMenteeFeedback() {
        return menteeFeedback;
    }

    public int getSequence() {
        return sequence;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<String> getGoals() {
        return Collections.unmodifiableList(goals);
    }

    public List<String> getFollowUps() {
        return Collections.unmodifiableList(followUps);
    }
}
