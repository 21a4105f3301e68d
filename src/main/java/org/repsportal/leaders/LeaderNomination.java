package org.repsportal.leaders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.IllegalTransitionException;
import org.repsportal.platform.InvalidInputException;

/**
 * A mentor's nomination of a mentee as an emerging leader. The Council follows it up; the nominee learns of it
 * only when the Council decides to tell them ({@link #tellNominee}).
 */
@Entity
@Table(name = "nominations")
public class LeaderNomination {

    static final int MAX_NOTE = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "nominations_seq")
    @SequenceGenerator(name = "nominations_seq", sequenceName = "nominations_seq", allocationSize = 50)
    private Long id;

    private long nomineeId;
    private long nominatedBy;
    private String reason;

    @Enumerated(EnumType.STRING)
    private LeaderNominationState state = LeaderNominationState.NOMINATED;

    private Instant nominatedAt;
    private Instant nomineeToldAt;
    private Long nomineeToldBy;

    @Version
    private long version;

    protected LeaderNomination() {
    }

    /** The nomination, just saved, reached the Council. */
    EmergingLeaderNominated nominated() {
        return new EmergingLeaderNominated(id, nomineeId, nominatedBy);
    }

    LeaderNomination(long nomineeId, long nominatedBy, String reason, Instant nominatedAt) {
        this.nomineeId = nomineeId;
        this.nominatedBy = nominatedBy;
        this.reason = reason;
        this.nominatedAt = nominatedAt;
    }

    /**
     * A Council member records how they followed the nominee up, and where that leaves the nomination.
     *
     * @param today the date follow-ups may not be later than
     */
    LeaderNominationFollowUp followUp(long authorId, LocalDate on, String note, LeaderNominationState next, LocalDate today, Instant now) {
        var problems = new ArrayList<FieldProblem>();
        if (on == null) {
            problems.add(new FieldProblem("on", "council.nomination.followUp.on.required"));
        } else if (on.isAfter(today)) {
            problems.add(new FieldProblem("on", "council.nomination.followUp.on.future"));
        }
        if (note == null || note.isBlank()) {
            problems.add(new FieldProblem("note", "council.nomination.followUp.note.required"));
        } else if (note.length() > MAX_NOTE) {
            problems.add(new FieldProblem("note", "council.nomination.followUp.note.long"));
        }
        if (next == null) {
            problems.add(new FieldProblem("state", "council.nomination.followUp.state.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!state.next().contains(next)) {
            throw new IllegalTransitionException("council.nomination.transition.illegal");
        }
        state = next;
        return new LeaderNominationFollowUp(id, authorId, on, note.strip(), next, now);
    }

    /** The Council tells the nominee; once. */
    NomineeTold tellNominee(long byPersonId, Instant now) {
        if (nomineeToldAt != null) {
            throw new IllegalTransitionException("council.nomination.transition.already-told");
        }
        nomineeToldAt = now;
        nomineeToldBy = byPersonId;
        return new NomineeTold(id, nomineeId, byPersonId);
    }

    public boolean nomineeTold() {
        return nomineeToldAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getNomineeId() {
        return nomineeId;
    }

    public long getNominatedBy() {
        return nominatedBy;
    }

    public String getReason() {
        return reason;
    }

    public LeaderNominationState getState() {
        return state;
    }

    public Instant getNominatedAt() {
        return nominatedAt;
    }

    public Instant getNomineeToldAt() {
        return nomineeToldAt;
    }

    public Long getNomineeToldBy() {
        return nomineeToldBy;
    }

    public long getVersion() {
        return version;
    }

    /** The states a follow-up may move this nomination to. */
    public List<LeaderNominationState> nextStates() {
        return List.copyOf(state.next());
    }
}
