package org.repsportal.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.repsportal.platform.IllegalTransitionException;

/**
 * An application to join the program, as a state machine: UNCONFIRMED → SUBMITTED → SCREENING → INTERVIEW →
 * DECIDED (accepted, not yet, rejected) → ONBOARDING → COMPLETED; before the decision the applicant may
 * withdraw, and an applicant the program waits on for too long is closed without reply. Each transition is
 * named after the program's verb and refuses any other state.
 */
@Entity
@Table(name = "applications")
class Application {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "applications_seq")
    @SequenceGenerator(name = "applications_seq", sequenceName = "applications_seq", allocationSize = 50)
    private Long id;

    private String statusToken;
    private String confirmToken;
    private String fingerprint;

    @Enumerated(EnumType.STRING)
    private ApplicationState state = ApplicationState.UNCONFIRMED;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private String name;
    private String email;
    private String regionCode;
    private String countryCode;
    private String city;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] languages;

    private String timeZone;

    /** The language the applicant used the portal in when they applied ({@code en}, {@code es}): their mail's. */
    private String language = "en";

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] functionalAreas;

    private int monthsInvolved;
    private String motivation;
    private String contributions;
    private String otherProjects;
    private String goals;
    private String mobilising;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] links;

    private Instant createdAt;
    private Instant submittedAt;
    private Instant screeningAt;
    private Instant interviewAt;
    private Instant decidedAt;
    private Instant onboardingAt;
    private Instant completedAt;
    private Instant closedAt;
    private Instant waitingOnApplicantSince;
    private Instant silenceWarnedAt;
    private Long interviewerId;
    private LocalDate interviewDueOn;
    private UUID interviewUid;
    private int interviewSequence;
    private Long decidedBy;
    private String decisionReason;
    private String workOn;
    private LocalDate reapplyAfter;
    private Long personId;
    private Long mentorId;
    private Long earlierId;
    private Instant agreementAcceptedAt;
    private Instant profileCompletedAt;
    private Instant listsJoinedAt;
    private Instant onboardingEscalatedAt;

    @Version
    private long version;

    protected Application() {
    }

    Application(ApplicationRequest request, String statusToken, String confirmToken, String fingerprint, Long earlierId,
                String language, Instant now) {
        this.language = language;
        this.statusToken = statusToken;
        this.confirmToken = confirmToken;
        this.fingerprint = fingerprint;
        this.name = request.name();
        this.email = request.email();
        this.regionCode = request.region();
        this.countryCode = request.country();
        this.city = request.city();
        this.languages = request.languages().toArray(String[]::new);
        this.timeZone = request.timeZone();
        this.functionalAreas = request.functionalAreas().toArray(String[]::new);
        this.monthsInvolved = request.monthsInvolved();
        setAnswers(request.answers());
        this.links = request.links().toArray(String[]::new);
        this.earlierId = earlierId;
        this.interviewUid = UUID.randomUUID();
        this.createdAt = now;
        // until the address is confirmed the program waits on the applicant
        this.waitingOnApplicantSince = now;
    }

    /** The applicant opened the mailed link: the application is submitted. */
    void confirm(Instant now) {
        require(ApplicationState.UNCONFIRMED, "application.transition.confirm");
        state = ApplicationState.SUBMITTED;
        submittedAt = now;
        waitingOnApplicantSince = null;
        silenceWarnedAt = null;
    }

    /** The Council (or the first reference) starts screening. */
    void startScreening(Instant now) {
        require(ApplicationState.SUBMITTED, "application.transition.screening");
        state = ApplicationState.SCREENING;
        screeningAt = now;
    }

    /** The Council gives the interview to a mentor; a new interviewer may take over before any interview is recorded. */
    void assignInterviewer(long mentorId, LocalDate dueOn, Instant now) {
        if (state != ApplicationState.SCREENING && state != ApplicationState.INTERVIEW) {
            throw new IllegalTransitionException("application.transition.assign");
        }
        if (state == ApplicationState.SCREENING) {
            interviewAt = now;
        }
        state = ApplicationState.INTERVIEW;
        interviewerId = mentorId;
        interviewDueOn = dueOn;
    }

    /** The interviewer offered times: the program now waits on the applicant to pick one. */
    void offerSlots(Instant now) {
        require(ApplicationState.INTERVIEW, "application.transition.slots");
        waitingOnApplicantSince = now;
        silenceWarnedAt = null;
    }

    /** The applicant picked a time; a change of time is an update of the same invitation. */
    void pickSlot(boolean changing) {
        require(ApplicationState.INTERVIEW, "application.transition.pick");
        waitingOnApplicantSince = null;
        silenceWarnedAt = null;
        if (changing) {
            interviewSequence++;
        }
    }

    /** The booked time no longer holds (withdrawn, offered anew): the invitation's cancellation counts as a change. */
    void interviewCancelled() {
        interviewSequence++;
    }

    /** The applicant corrects their answers until the interview has been held. */
    void correct(Answers answers, List<String> newLinks, boolean interviewHeld) {
        if (!(state == ApplicationState.SUBMITTED || state == ApplicationState.SCREENING
                || (state == ApplicationState.INTERVIEW && !interviewHeld))) {
            throw new IllegalTransitionException("application.transition.correct");
        }
        setAnswers(answers);
        links = newLinks.toArray(String[]::new);
    }

    /** The decision, always with a reason; not yet comes with what to work on and when to apply again. */
    void decide(Outcome decided, String reason, String toWorkOn, LocalDate reapply, long by, Instant now) {
        if (state != ApplicationState.SCREENING && state != ApplicationState.INTERVIEW) {
            throw new IllegalTransitionException("application.transition.decide");
        }
        if (decided == Outcome.ACCEPTED && state != ApplicationState.INTERVIEW) {
            throw new IllegalTransitionException("application.transition.accept-without-interview");
        }
        state = ApplicationState.DECIDED;
        outcome = decided;
        decisionReason = reason;
        workOn = decided == Outcome.NOT_YET ? toWorkOn : null;
        reapplyAfter = decided == Outcome.NOT_YET ? reapply : null;
        decidedBy = by;
        decidedAt = now;
        waitingOnApplicantSince = null;
    }

    /** An accepted applicant becomes a person with a mentor: onboarding starts. */
    void startOnboarding(long person, long mentor, Instant now) {
        if (state != ApplicationState.DECIDED || outcome != Outcome.ACCEPTED) {
            throw new IllegalTransitionException("application.transition.onboard");
        }
        state = ApplicationState.ONBOARDING;
        personId = person;
        mentorId = mentor;
        onboardingAt = now;
    }

    void acceptAgreement(Instant now) {
        requireOnboarding();
        if (agreementAcceptedAt == null) {
            agreementAcceptedAt = now;
        }
    }

    void completeProfile(Instant now) {
        requireOnboarding();
        if (profileCompletedAt == null) {
            profileCompletedAt = now;
        }
    }

    void joinLists(Instant now) {
        requireOnboarding();
        if (listsJoinedAt == null) {
            listsJoinedAt = now;
        }
    }

    void changeMentor(long mentor) {
        requireOnboarding();
        mentorId = mentor;
    }

    /** Every step of the checklist is done: the new Rep is a Rep like any other. */
    void completeOnboarding(Instant now) {
        requireOnboarding();
        state = ApplicationState.COMPLETED;
        completedAt = now;
    }

    void escalateOnboarding(Instant now) {
        requireOnboarding();
        onboardingEscalatedAt = now;
    }

    /** The applicant withdraws, at any time before the decision. */
    void withdraw(Instant now) {
        if (!ApplicationState.BEFORE_DECISION.contains(state)) {
            throw new IllegalTransitionException("application.transition.withdraw");
        }
        state = ApplicationState.WITHDRAWN;
        closedAt = now;
        waitingOnApplicantSince = null;
    }

    /** The program waited on the applicant long enough: a warning first. */
    void warnSilence(Instant now) {
        requireWaitingOnApplicant();
        silenceWarnedAt = now;
    }

    /** … and then the application closes without reply. */
    void closeForSilence(Instant now) {
        requireWaitingOnApplicant();
        state = ApplicationState.CLOSED_NO_REPLY;
        closedAt = now;
        waitingOnApplicantSince = null;
    }

    private void requireWaitingOnApplicant() {
        if (!ApplicationState.BEFORE_DECISION.contains(state) || waitingOnApplicantSince == null) {
            throw new IllegalTransitionException("application.transition.not-waiting");
        }
    }

    private void requireOnboarding() {
        require(ApplicationState.ONBOARDING, "application.transition.not-onboarding");
    }

    private void require(ApplicationState expected, String reason) {
        if (state != expected) {
            throw new IllegalTransitionException(reason);
        }
    }

    private void setAnswers(Answers answers) {
        motivation = answers.motivation();
        contributions = answers.contributions();
        otherProjects = answers.otherProjects();
        goals = answers.goals();
        mobilising = answers.mobilising();
    }

    boolean onboardingChecklistDone(boolean orientationHeld, boolean packReceived) {
        return agreementAcceptedAt != null && profileCompletedAt != null && listsJoinedAt != null && orientationHeld
                && packReceived;
    }

    /** One answer by its criterion's key (see {@link Answers#CRITERIA}). */
    public String answer(String key) {
        return switch (key) {
            case "motivation" -> motivation;
            case "contributions" -> contributions;
            case "otherProjects" -> otherProjects;
            case "goals" -> goals;
            case "mobilising" -> mobilising;
            default -> null;
        };
    }

    public Answers getAnswers() {
        return new Answers(motivation, contributions, otherProjects, goals, mobilising);
    }

    public Long getId() { return id; }
    public String getStatusToken() { return statusToken; }
    public String getConfirmToken() { return confirmToken; }
    public String getFingerprint() { return fingerprint; }
    public ApplicationState getState() { return state; }
    public Outcome getOutcome() { return outcome; }
    public String getName() { return name; }
    public String getEmail() { return email; }
    public String getRegionCode() { return regionCode; }
    public String getCountryCode() { return countryCode; }
    public String getCity() { return city; }
    public List<String> getLanguages() { return List.of(languages); }
    public String getTimeZone() { return timeZone; }

    public String getLanguage() { return language; }
    public List<String> getFunctionalAreas() { return List.of(functionalAreas); }
    public int getMonthsInvolved() { return monthsInvolved; }
    public List<String> getLinks() { return List.of(links); }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getScreeningAt() { return screeningAt; }
    public Instant getInterviewAt() { return interviewAt; }
    public Instant getDecidedAt() { return decidedAt; }
    public Instant getOnboardingAt() { return onboardingAt; }
    public Instant getCompletedAt() { return completedAt; }
    public Instant getClosedAt() { return closedAt; }
    public Instant getWaitingOnApplicantSince() { return waitingOnApplicantSince; }
    public Instant getSilenceWarnedAt() { return silenceWarnedAt; }
    public Long getInterviewerId() { return interviewerId; }
    public LocalDate getInterviewDueOn() { return interviewDueOn; }
    public UUID getInterviewUid() { return interviewUid; }
    public int getInterviewSequence() { return interviewSequence; }
    public Long getDecidedBy() { return decidedBy; }
    public String getDecisionReason() { return decisionReason; }
    public String getWorkOn() { return workOn; }
    public LocalDate getReapplyAfter() { return reapplyAfter; }
    public Long getPersonId() { return personId; }
    public Long getMentorId() { return mentorId; }
    public Long getEarlierId() { return earlierId; }
    public Instant getAgreementAcceptedAt() { return agreementAcceptedAt; }
    public Instant getProfileCompletedAt() { return profileCompletedAt; }
    public Instant getListsJoinedAt() { return listsJoinedAt; }
    public Instant getOnboardingEscalatedAt() { return onboardingEscalatedAt; }
}
