package org.repsportal.orientation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.repsportal.platform.IllegalTransitionException;

/**
 * One Rep's way to mentoring, from nomination to active mentor:
 * {@code NOMINATED → APPOINTED → IN_ORIENTATION → ACTIVE_MENTOR}, or {@code NOMINATED → DECLINED}.
 * Each transition is named after what the program does and refuses an illegal state; those the
 * endorsement task follows give their past-tense event, which the service publishes.
 */
@Entity
@Table(name = "orientations")
class Orientation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "orientations_seq")
    @SequenceGenerator(name = "orientations_seq", sequenceName = "orientations_seq", allocationSize = 50)
    private Long id;

    private long personId;

    @Enumerated(EnumType.STRING)
    private OrientationState state;

    @Enumerated(EnumType.STRING)
    private MentorNominationKind nominationKind;

    private long nominatedBy;
    private String nominationReason;
    private Instant nominatedAt;
    private Long endorsedBy;
    private Instant endorsedAt;
    private Long decidedBy;
    private Instant decidedAt;
    private String declineReason;
    private LocalDate orientationStartedOn;
    private LocalDate completedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "orientation_steps", joinColumns = @JoinColumn(name = "orientation_id"))
    private Set<CompletedStep> steps = new LinkedHashSet<>();

    @Version
    private long version;

    protected Orientation() {
    }

    private Orientation(long personId, MentorNominationKind kind, long nominatedBy, String reason, Instant at) {
        this.personId = personId;
        this.state = OrientationState.NOMINATED;
        this.nominationKind = kind;
        this.nominatedBy = nominatedBy;
        this.nominationReason = reason;
        this.nominatedAt = at;
        if (kind != MentorNominationKind.SELF) {
            // a nomination by the mentor or a Council member needs no further endorsement
            this.endorsedBy = nominatedBy;
            this.endorsedAt = at;
        }
    }

    /** A new nomination; call {@link #announce(Long)} once it has its id. */
    static Orientation nominate(long personId, MentorNominationKind kind, long nominatedBy, String reason, Instant at) {
        return new Orientation(personId, kind, nominatedBy, reason, at);
    }

    /** The saved nomination, told to whoever follows it; {@code mentorId} is the nominee's mentor, if any. */
    MentorNominated announce(Long mentorId) {
        return new MentorNominated(id, personId, nominationKind, nominatedBy, mentorId);
    }

    /** The Rep's mentor endorses a self-nomination. */
    MentorNominationEndorsed endorse(long mentorId, Instant at) {
        if (state != OrientationState.NOMINATED || isEndorsed()) {
            throw new IllegalTransitionException("orientation.transition.endorse");
        }
        this.endorsedBy = mentorId;
        this.endorsedAt = at;
        return new MentorNominationEndorsed(id, personId, mentorId);
    }

    /** The Council appoints an endorsed nominee. */
    void appoint(long councilMemberId, Instant at, LocalDate on) {
        if (state != OrientationState.NOMINATED) {
            throw new IllegalTransitionException("orientation.transition.appoint");
        }
        if (!isEndorsed()) {
            throw new IllegalTransitionException("orientation.transition.appoint-unendorsed");
        }
        this.state = OrientationState.APPOINTED;
        this.decidedBy = councilMemberId;
        this.decidedAt = at;
    }

    /** The Council declines a nomination, saying why. */
    MentorNominationDeclined decline(long councilMemberId, String reason, Instant at) {
        if (state != OrientationState.NOMINATED) {
            throw new IllegalTransitionException("orientation.transition.decline");
        }
        this.state = OrientationState.DECLINED;
        this.decidedBy = councilMemberId;
        this.decidedAt = at;
        this.declineReason = reason;
        return new MentorNominationDeclined(id, personId, councilMemberId, reason);
    }

    /** An appointed mentor starts the checklist. */
    void startOrientation(LocalDate on) {
        if (state != OrientationState.APPOINTED) {
            throw new IllegalTransitionException("orientation.transition.start");
        }
        this.state = OrientationState.IN_ORIENTATION;
        this.orientationStartedOn = on;
    }

    /**
     * Marks a step done; a step already done stays as it was (false). Steps are done during orientation
     * only; an active mentor has done them all.
     */
    boolean completeStep(OrientationStep step, LocalDate on, Instant at, Long confirmedBy, String detail, Integer sopVersion) {
        if (isDone(step)) {
            return false;
        }
        if (state != OrientationState.IN_ORIENTATION) {
            throw new IllegalTransitionException("orientation.transition.step");
        }
        steps.add(new CompletedStep(step, on, at, confirmedBy, detail, sopVersion));
        return true;
    }

    /** With every step done, the new mentor becomes an active mentor. */
    void completeOrientation(LocalDate on) {
        if (state != OrientationState.IN_ORIENTATION) {
            throw new IllegalTransitionException("orientation.transition.complete");
        }
        if (!allStepsDone()) {
            throw new IllegalTransitionException("orientation.transition.steps-open");
        }
        this.state = OrientationState.ACTIVE_MENTOR;
        this.completedOn = on;
    }

    /** The mentor said they step down. */
    void stepDown() {
        if (state != OrientationState.ACTIVE_MENTOR && !state.inProgress()) {
            throw new IllegalTransitionException("orientation.transition.step-down");
        }
        this.state = OrientationState.STEPPING_DOWN;
    }

    /** No mentee is left with a mentor who stepped down: the Mentor role has ended. */
    void endMentoring() {
        if (state == OrientationState.NOMINATED || state == OrientationState.DECLINED || state == OrientationState.FORMER_MENTOR) {
            throw new IllegalTransitionException("orientation.transition.former");
        }
        this.state = OrientationState.FORMER_MENTOR;
    }

    public boolean isEndorsed() {
        return endorsedBy != null;
    }

    public boolean isDone(OrientationStep step) {
        return step(step).isPresent();
    }

    public Optional<CompletedStep> step(OrientationStep step) {
        return steps.stream().filter(s -> s.getStep() == step).findFirst();
    }

    public boolean allStepsDone() {
        return Arrays.stream(OrientationStep.values()).allMatch(this::isDone);
    }

    /** The first step not done yet, in checklist order: where the new mentor is stuck. */
    public Optional<OrientationStep> firstOpenStep() {
        return Arrays.stream(OrientationStep.values()).filter(s -> !isDone(s)).findFirst();
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public OrientationState getState() {
        return state;
    }

    public MentorNominationKind getNominationKind() {
        return nominationKind;
    }

    public long getNominatedBy() {
        return nominatedBy;
    }

    public String getNominationReason() {
        return nominationReason;
    }

    public Instant getNominatedAt() {
        return nominatedAt;
    }

    public Long getEndorsedBy() {
        return endorsedBy;
    }

    public Instant getEndorsedAt() {
        return endorsedAt;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public LocalDate getOrientationStartedOn() {
        return orientationStartedOn;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public Set<CompletedStep> getSteps() {
        return Collections.unmodifiableSet(steps);
    }
}
