package org.repsportal.applications;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.repsportal.platform.IllegalTransitionException;

/**
 * A referee of an application, asked through a tokenized form: PENDING until the application is submitted,
 * REQUESTED (reminded at most twice), then ANSWERED. A current Rep's reference counts fully; anyone else's is
 * marked for the Council.
 */
@Entity
@Table(name = "application_referees")
class Referee {

    enum State { PENDING, REQUESTED, ANSWERED }

    static final int MAX_REMINDERS = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_referees_seq")
    @SequenceGenerator(name = "application_referees_seq", sequenceName = "application_referees_seq", allocationSize = 50)
    private Long id;

    private long applicationId;
    private int position;
    private String name;
    private String email;
    private String token;

    @Enumerated(EnumType.STRING)
    private State state = State.PENDING;

    private Long refereePersonId;
    private boolean currentRep;
    private Instant requestedAt;
    private int remindersSent;
    private Instant lastRemindedAt;
    private Instant answeredAt;
    private String howKnown;
    private String whatSeen;
    private Boolean vouches;

    @Version
    private long version;

    protected Referee() {
    }

    Referee(long applicationId, int position, String name, String email, String token) {
        this.applicationId = applicationId;
        this.position = position;
        this.name = name;
        this.email = email;
        this.token = token;
    }

    /** The application was submitted: the referee is asked. Whether they are a current Rep is noted now. */
    void request(Long personId, boolean isCurrentRep, Instant now) {
        if (state != State.PENDING) {
            throw new IllegalTransitionException("application.referee.transition.request");
        }
        state = State.REQUESTED;
        refereePersonId = personId;
        currentRep = isCurrentRep;
        requestedAt = now;
    }

    boolean mayBeReminded() {
        return state == State.REQUESTED && remindersSent < MAX_REMINDERS;
    }

    void remind(Instant now) {
        if (!mayBeReminded()) {
            throw new IllegalTransitionException("application.referee.transition.remind");
        }
        remindersSent++;
        lastRemindedAt = now;
    }

    void answer(String known, String seen, boolean vouch, Instant now) {
        if (state != State.REQUESTED) {
            throw new IllegalTransitionException("application.referee.transition.answer");
        }
        state = State.ANSWERED;
        howKnown = known;
        whatSeen = seen;
        vouches = vouch;
        answeredAt = now;
    }

    public Long getId() { return id; }
    public long getApplicationId() { return applicationId; }
    public int getPosition() { return position; }
    public String getName() { return name; }
    public String getEmail() { return email; }
    public String getToken() { return token; }
    public State getState() { return state; }
    public Long getRefereePersonId() { return refereePersonId; }
    public boolean isCurrentRep() { return currentRep; }
    public Instant getRequestedAt() { return requestedAt; }
    public int getRemindersSent() { return remindersSent; }
    public Instant getLastRemindedAt() { return lastRemindedAt; }
    public Instant getAnsweredAt() { return answeredAt; }
    public String getHowKnown() { return howKnown; }
    public String getWhatSeen() { return whatSeen; }
    public Boolean getVouches() { return vouches; }
}
