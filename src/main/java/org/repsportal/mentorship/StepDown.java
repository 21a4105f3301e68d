package org.repsportal.mentorship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.repsportal.platform.IllegalTransitionException;

/**
 * A mentor stepping down from a last day (or a Rep leaving the program), with a recommended successor per
 * mentee; complete when no mentee is left with them.
 */
@Entity
@Table(name = "step_downs")
class StepDown {

    enum State {
        OPEN, COMPLETED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "step_downs_seq")
    @SequenceGenerator(name = "step_downs_seq", sequenceName = "step_downs_seq", allocationSize = 50)
    private Long id;

    private long mentorId;
    private LocalDate lastDay;
    private boolean leavingProgram;
    private String messageSubject;
    private String messageBody;
    private Instant startedAt;

    @Enumerated(EnumType.STRING)
    private State state = State.OPEN;

    private LocalDate completedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "step_down_successors", joinColumns = @JoinColumn(name = "step_down_id"))
    @MapKeyColumn(name = "mentee_id")
    @Column(name = "successor_id")
    private Map<Long, Long> successors = new LinkedHashMap<>();

    @Version
    private long version;

    protected StepDown() {
    }

    StepDown(long mentorId, LocalDate lastDay, boolean leavingProgram, String subject, String body,
             Map<Long, Long> successors, Instant now) {
        this.mentorId = mentorId;
        this.lastDay = lastDay;
        this.leavingProgram = leavingProgram;
        this.messageSubject = subject;
        this.messageBody = body;
        this.successors.putAll(successors);
        this.startedAt = now;
    }

    /** The step-down, just saved, told to whoever follows the mentor's way. */
    MentorSteppingDown started() {
        return new MentorSteppingDown(id, mentorId, lastDay, leavingProgram);
    }

    /** The last day passed with these mentees still assigned to the mentor (their assignments are ended). */
    StepDownLastDayPassed lastDayPassed(java.util.List<Long> menteeIds) {
        if (state != State.OPEN) {
            throw new IllegalTransitionException("mentorship.stepdown.closed");
        }
        return new StepDownLastDayPassed(id, mentorId, lastDay, menteeIds);
    }

    /** The last mentee was reassigned: the Mentor role has ended. */
    MentorRoleEnded complete(LocalDate on) {
        if (state != State.OPEN) {
            throw new IllegalTransitionException("mentorship.stepdown.closed");
        }
        state = State.COMPLETED;
        completedOn = on;
        return new MentorRoleEnded(mentorId, id, on, leavingProgram);
    }

    Long getId() {
        return id;
    }

    long getMentorId() {
        return mentorId;
    }

    LocalDate getLastDay() {
        return lastDay;
    }

    boolean isLeavingProgram() {
        return leavingProgram;
    }

    String getMessageSubject() {
        return messageSubject;
    }

    String getMessageBody() {
        return messageBody;
    }

    State getState() {
        return state;
    }

    Map<Long, Long> getSuccessors() {
        return successors;
    }
}
