package org.repsportal.applications;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.repsportal.calendar.Invitation;
import org.repsportal.identity.AccountInvitations;
import org.repsportal.mentorship.AssignMentor;
import org.repsportal.mentorship.AssignmentKind;
import org.repsportal.mentorship.Mentorships;
import org.repsportal.people.Actor;
import org.repsportal.people.Catalog;
import org.repsportal.people.NewPerson;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.people.PersonStatus;
import org.repsportal.people.Role;
import org.repsportal.platform.CommentText;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.IllegalTransitionException;
import org.repsportal.platform.InputChecks;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.NotFoundException;
import org.repsportal.platform.RuleViolationException;
import org.repsportal.platform.Texts;
import org.repsportal.tasks.TaskPriority;
import org.repsportal.tasks.TaskRequested;
import org.repsportal.tasks.TaskTitle;
import org.repsportal.tasks.TaskType;
import org.repsportal.tasks.TaskWorkDone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applications module's entry point, from the public form to the end of onboarding; every step checks who
 * may take it, the aggregate checks that the state allows it, and a mail tells the applicant.
 */
@Service
@Transactional
class Applications {

    static final int MIN_SLOTS = 2;
    static final int MAX_SLOTS = 5;
    static final int MAX_REASON = 4000;
    /** As long as the mentor assignment keeps it. */
    static final int MAX_OVERRIDE = 500;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the form's sending led to: a new application, or the one already open for this address. */
    record Applied(Application application, boolean created) {
    }

    /** A slot as offered: a local time in a time zone. */
    record SlotRequest(LocalDateTime at, String timeZone) {
    }

    private final ApplicationRepository applications;
    private final RefereeRepository referees;
    private final InterviewSlotRepository slots;
    private final ScorecardRepository scorecards;
    private final ApplicationsProperties properties;
    private final SubmissionRate rate;
    private final ApplicationMail mail;
    private final InterviewCalendar calendar;
    private final People people;
    private final Catalog catalog;
    private final Mentorships mentorships;
    private final AccountInvitations invitations;
    private final ApplicationEventPublisher events;
    private final Onboarding onboarding;
    private final JdbcClient jdbc;
    private final Texts texts;
    private final Clock clock;

    Applications(ApplicationRepository applications, RefereeRepository referees, InterviewSlotRepository slots,
                 ScorecardRepository scorecards, ApplicationsProperties properties,
                 SubmissionRate rate, ApplicationMail mail, InterviewCalendar calendar, People people, Catalog catalog,
                 Mentorships mentorships, AccountInvitations invitations, ApplicationEventPublisher events,
                 Onboarding onboarding, JdbcClient jdbc, Texts texts, Clock clock) {
        this.onboarding = onboarding;
        this.applications = applications;
        this.referees = referees;
        this.slots = slots;
        this.scorecards = scorecards;
        this.properties = properties;
        this.rate = rate;
        this.mail = mail;
        this.calendar = calendar;
        this.people = people;
        this.catalog = catalog;
        this.mentorships = mentorships;
        this.invitations = invitations;
        this.events = events;
        this.jdbc = jdbc;
        this.texts = texts;
        this.clock = clock;
    }

    // ---- the public form -------------------------------------------------------------------------------

    /**
     * Takes an application. Someone under 18 or involved for too short a time is refused and only counted; the
     * same form sent again is the same application; otherwise a new application waits for its address to be
     * confirmed through a mailed link.
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    Applied apply(ApplicationRequest request, String clientAddress) {
        return apply(request, clientAddress, Texts.LANGUAGE);
    }

    /**
     * {@link #apply(ApplicationRequest, String)} from someone reading the portal in {@code language} (as the portal
     * resolved it for the request): the application keeps it, and every mail to the applicant is written in it.
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    Applied apply(ApplicationRequest request, String clientAddress, Locale language) {
        List<FieldProblem> refusals = EligibilityPolicy.refusals(request.adult(), request.monthsInvolved(),
                properties.minMonthsInvolved());
        if (!refusals.isEmpty()) {
            countRefusal(refusals.get(0).field());
            throw new InvalidInputException(refusals);
        }
        List<FieldProblem> problems = ApplicationRules.check(request, catalog);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String fingerprint = fingerprint(request);
        Optional<Application> open = applications.findOpenByEmail(request.email(), ApplicationState.OPEN);
        if (open.isPresent()) {
            if (!open.get().getFingerprint().equals(fingerprint)) {
                // someone who lost their link gets it again; the page says a mail is on its way either way
                if (open.get().getState() == ApplicationState.UNCONFIRMED) {
                    mail.confirmation(open.get());
                } else {
                    mail.toApplicant(open.get(), "application.mail.already-open");
                }
            }
            return new Applied(open.get(), false);
        }
        rate.admit(request.email(), clientAddress).orReject();
        Long earlier = applications.findLatestClosedByEmail(request.email(), ApplicationState.OPEN).map(Application::getId).orElse(null);
        Application application = applications.saveAndFlush(new Application(request, newToken(), newToken(), fingerprint,
                earlier, texts.in(language).locale().getLanguage(), clock.instant()));
        int position = 0;
        for (var referee : request.referees()) {
            referees.save(new Referee(application.getId(), position++, referee.name(), referee.email(), newToken()));
        }
        mail.confirmation(application);
        return new Applied(application, true);
    }

    /** The mailed link: the application is submitted and the referees are asked. Opening it again changes nothing. */
    Application confirm(String confirmToken) {
        Application a = applications.findByConfirmToken(confirmToken).orElseThrow(() -> new NotFoundException("Application", "link"));
        if (a.getState() != ApplicationState.UNCONFIRMED) {
            return a;
        }
        Instant now = clock.instant();
        a.confirm(now);
        for (Referee r : referees.findByApplicationIdOrderByPosition(a.getId())) {
            Optional<Person> known = people.findByEmail(r.getEmail());
            boolean rep = known.filter(p -> p.getStatus() == PersonStatus.ACTIVE
                    && (p.has(Role.REP) || p.has(Role.MENTOR) || p.has(Role.COUNCIL))).isPresent();
            r.request(known.map(Person::getId).orElse(null), rep, now);
            mail.refereeRequest(a, r, false);
        }
        mail.toApplicant(a, "application.mail.submitted");
        return a;
    }

    @Transactional(readOnly = true)
    Application byStatusToken(String token) {
        return applications.findByStatusToken(token).orElseThrow(() -> new NotFoundException("Application", "link"));
    }

    Application withdraw(String token) {
        Application a = byStatusToken(token);
        Optional<InterviewSlot> booked = pickedSlot(a);
        a.withdraw(clock.instant());
        booked.ifPresent(slot -> cancelInterview(a, slot));
        closeInterviewTask(a, "the applicant withdrew");
        mail.toApplicant(a, "application.mail.withdrawn");
        return a;
    }

    Application correct(String token, Answers answers, List<String> links) {
        Application a = byStatusToken(token);
        List<String> cleanLinks = links == null ? List.of() : links.stream().filter(l -> l != null && !l.isBlank()).map(String::strip).toList();
        List<FieldProblem> problems = ApplicationRules.checkAnswers(answers, cleanLinks);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        a.correct(answers, cleanLinks, scorecards.existsByApplicationId(a.getId()));
        mail.toApplicant(a, "application.mail.corrected");
        return a;
    }

    /** The applicant picks one of the offered times: both get the invitation (an update when the time changes). */
    Application pickSlot(String token, long slotId) {
        Application a = byStatusToken(token);
        InterviewSlot slot = slots.findById(slotId).filter(s -> s.getApplicationId() == a.getId() && !s.isWithdrawn())
                .orElseThrow(() -> new InvalidInputException(List.of(new FieldProblem("slot", "application.slot.unknown"))));
        if (!slot.getStartsAt().isAfter(clock.instant())) {
            throw new InvalidInputException(List.of(new FieldProblem("slot", "application.slot.past")));
        }
        Optional<InterviewSlot> before = pickedSlot(a);
        if (before.isPresent() && before.get().getId().equals(slot.getId())) {
            return a;
        }
        a.pickSlot(before.isPresent());
        before.ifPresent(InterviewSlot::unpick);
        slot.pick();
        sendInvitation(a, slot);
        return a;
    }

    // ---- references ------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    Referee byRefereeToken(String token) {
        return referees.findByToken(token).filter(r -> r.getState() != Referee.State.PENDING)
                .orElseThrow(() -> new NotFoundException("Reference", "link"));
    }

    @Transactional(readOnly = true)
    Application applicationOf(Referee referee) {
        return applications.findById(referee.getApplicationId()).orElseThrow();
    }

    /** The referee's answers; the first reference starts the screening. */
    Referee answerReference(String token, String howKnown, String whatSeen, Boolean vouches) {
        Referee r = byRefereeToken(token);
        var problems = new ArrayList<FieldProblem>();
        String known = text(problems, "howKnown", howKnown);
        String seen = text(problems, "whatSeen", whatSeen);
        if (vouches == null) {
            problems.add(new FieldProblem("vouches", "application.reference.vouches.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (r.getState() == Referee.State.ANSWERED) {
            throw new IllegalTransitionException("application.referee.transition.answer");
        }
        r.answer(known, seen, vouches, clock.instant());
        Application a = applicationOf(r);
        if (a.getState() == ApplicationState.SUBMITTED) {
            a.startScreening(clock.instant());
            mail.toApplicant(a, "application.mail.screening");
        }
        return r;
    }

    /** Reminds referees who have not answered, at most twice each, a while apart. */
    int remindReferees(Instant now) {
        List<Long> due = jdbc.sql("""
                        select r.id from application_referees r join applications a on a.id = r.application_id
                        where r.state = 'REQUESTED' and r.reminders_sent < :max
                          and coalesce(r.last_reminded_at, r.requested_at) <= :before
                          and a.state in ('SUBMITTED', 'SCREENING', 'INTERVIEW')
                        order by r.id""")
                .param("max", Referee.MAX_REMINDERS)
                .param("before", java.sql.Timestamp.from(now.minus(properties.refereeReminder())))
                .query(Long.class).list();
        for (Referee r : referees.findAllById(due)) {
            r.remind(now);
            mail.refereeRequest(applicationOf(r), r, true);
        }
        return due.size();
    }

    // ---- screening -------------------------------------------------------------------------------------

    /** An application for the Council, its interviewer and its reviewers; anyone else learns nothing of it. */
    @Transactional(readOnly = true)
    Application get(Actor actor, long id) {
        return applications.findById(id)
                .filter(a -> ApplicationAccessPolicy.mayRead(actor, a, scorecards.findByApplicationIdAndReviewerId(id, actor.personId()).isPresent()).allowed())
                .orElseThrow(() -> new NotFoundException("Application", id));
    }

    Application startScreening(Actor actor, long id) {
        ApplicationAccessPolicy.mayScreen(actor).orForbid();
        Application a = get(actor, id);
        a.startScreening(clock.instant());
        mail.toApplicant(a, "application.mail.screening");
        return a;
    }

    /** The Council gives the interview to a mentor, who gets a task due within the week. */
    Application assignInterviewer(Actor actor, long id, Long mentorId) {
        return assignInterviewer(actor, id, mentorId, true);
    }

    /**
     * The same, and whether the mentor's task is requested: not for an application the demo program decides in the
     * same transaction, whose task would be closed before the work queue opened it (the two listeners run side by side
     * after the commit) and would then stay open.
     */
    Application assignInterviewer(Actor actor, long id, Long mentorId, boolean requestTask) {
        ApplicationAccessPolicy.mayScreen(actor).orForbid();
        Application a = get(actor, id);
        if (mentorId == null) {
            throw new InvalidInputException(List.of(new FieldProblem("mentorId", "application.interviewer.required")));
        }
        Person mentor = people.find(mentorId).filter(p -> p.has(Role.MENTOR) && p.getStatus() == PersonStatus.ACTIVE)
                .orElseThrow(() -> new InvalidInputException(List.of(new FieldProblem("mentorId", "application.interviewer.not-mentor"))));
        if (a.getState() == ApplicationState.INTERVIEW && (pickedSlot(a).isPresent() || scorecards.existsByApplicationId(id))) {
            throw new IllegalTransitionException("application.transition.interviewer-fixed");
        }
        if (mentor.getId().equals(a.getInterviewerId())) {
            return a;
        }
        closeInterviewTask(a, "another mentor interviews");
        LocalDate due = LocalDate.now(clock).plusDays(properties.interviewDue().toDays());
        boolean hadSlots = !slots.findByApplicationIdAndWithdrawnFalseOrderByStartsAt(id).isEmpty();
        slots.findByApplicationIdAndWithdrawnFalseOrderByStartsAt(id).forEach(InterviewSlot::withdraw);
        a.assignInterviewer(mentor.getId(), due, clock.instant());
        if (requestTask) {
            events.publishEvent(new TaskRequested(TaskType.APPLICATION_REVIEW,
                    TaskTitle.of("application.task.interview", a.getName()), null, mentor.getId(), TaskPriority.MAJOR,
                    due, interviewTaskRef(a), Set.of(actor.personId())));
        }
        mail.toMember(mentor.getId(), "application.mail.interviewer", mentor.getDisplayName(), a.getName(), due, mail.pageUrl(a));
        if (!hadSlots) {
            mail.toApplicant(a, "application.mail.interviewer-assigned", mentor.getDisplayName(), due);
        }
        return a;
    }

    // ---- the interview ---------------------------------------------------------------------------------

    /** The interviewer offers 2–5 future times; times offered before are replaced (a booked one is cancelled). */
    Application offerSlots(Actor actor, long id, List<SlotRequest> offered) {
        Application a = applications.findById(id).orElseThrow(() -> new NotFoundException("Application", id));
        ApplicationAccessPolicy.mayOfferSlots(actor, a).orForbid();
        var given = offered == null ? List.<SlotRequest>of() : offered.stream().filter(s -> s != null && s.at() != null).toList();
        if (given.size() < MIN_SLOTS || given.size() > MAX_SLOTS) {
            throw new InvalidInputException(List.of(new FieldProblem("slots", "application.slots.count")));
        }
        var starts = new ArrayList<InterviewSlot>();
        for (SlotRequest s : given) {
            ZoneId zone = InputChecks.timeZone(s.timeZone()).orElseThrow(() ->
                    new InvalidInputException(List.of(new FieldProblem("slots", "application.slots.zone"))));
            Instant at = s.at().atZone(zone).toInstant();
            if (!at.isAfter(clock.instant())) {
                throw new InvalidInputException(List.of(new FieldProblem("slots", "application.slots.past")));
            }
            starts.add(new InterviewSlot(id, at, zone, (int) properties.interviewLength().toMinutes()));
        }
        a.offerSlots(clock.instant());
        Optional<InterviewSlot> booked = pickedSlot(a);
        booked.ifPresent(slot -> cancelInterview(a, slot));
        slots.findByApplicationIdAndWithdrawnFalseOrderByStartsAt(id).forEach(InterviewSlot::withdraw);
        slots.saveAll(starts);
        mail.toApplicant(a, "application.mail.slots", people.get(a.getInterviewerId()).getDisplayName(),
                properties.silenceClosure().toDays());
        return a;
    }

    /**
     * A reviewer's structured interview: the interviewer, or a Council member scoring too; a mentor not
     * assigned to it is refused. Recording again replaces the reviewer's own scorecard.
     */
    Scorecard recordInterview(Actor actor, long id, InterviewRecord record) {
        Application a = applications.findById(id).orElseThrow(() -> new NotFoundException("Application", id));
        ApplicationAccessPolicy.mayRecordInterview(actor, a).orForbid();
        if (a.getState() != ApplicationState.INTERVIEW) {
            throw new IllegalTransitionException("application.transition.record");
        }
        var problems = new ArrayList<FieldProblem>();
        int criteria = Answers.CRITERIA.size();
        if (record.scores().size() != criteria || record.scores().stream().anyMatch(s -> s == null || s < 1 || s > 4)) {
            problems.add(new FieldProblem("scores", "application.interview.scores"));
        }
        if (record.notes().size() > criteria || record.notes().stream().anyMatch(n -> n.length() > MAX_REASON)) {
            problems.add(new FieldProblem("notes", "application.interview.notes"));
        }
        if (record.evidence().size() > ApplicationRules.MAX_LINKS || record.evidence().stream().anyMatch(e -> !InputChecks.isWebAddress(e))) {
            problems.add(new FieldProblem("evidence", "application.links.invalid"));
        }
        if (record.recommendation() == null) {
            problems.add(new FieldProblem("recommendation", "application.interview.recommendation"));
        }
        if (ApplicationRequest.blank(record.reason())) {
            problems.add(new FieldProblem("reason", "application.reason.required"));
        } else if (record.reason().length() > MAX_REASON) {
            problems.add(new FieldProblem("reason", "application.reason.long"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var notes = new ArrayList<>(record.notes());
        while (notes.size() < criteria) {
            notes.add("");
        }
        var complete = new InterviewRecord(record.scores(), notes, record.evidence(), record.recommendation(), record.reason().strip());
        Scorecard card = scorecards.findByApplicationIdAndReviewerId(id, actor.personId())
                .orElseGet(() -> new Scorecard(id, actor.personId()));
        card.record(complete, clock.instant());
        card = scorecards.save(card);
        if (actor.is(a.getInterviewerId())) {
            events.publishEvent(new TaskWorkDone(interviewTaskRef(a), "the interview was recorded"));
        }
        return card;
    }

    // ---- the decision ----------------------------------------------------------------------------------

    /**
     * The Council decides (or the interviewer, when the program lets the interviewing mentor decide), always with a
     * reason. Accepted: the applicant becomes a Rep with a mentor (the interviewer unless another is chosen), an
     * account invitation and an onboarding checklist. Not yet: a kind mail with what to work on and when to apply again.
     */
    Application decide(Actor actor, long id, Outcome outcome, String reason, String workOn, LocalDate reapplyAfter, Long mentorId) {
        return decide(actor, id, outcome, reason, workOn, reapplyAfter, mentorId, null);
    }

    /**
     * The decision as the Council's form sends it: an accepted applicant's mentor may be another than the interviewer,
     * and a Council member may place them with a mentor who has no place left, giving the reason (kept on the
     * assignment); without one, a full mentor is refused ({@code policy.mentorship.over-capacity}) and nothing changes.
     */
    Application decide(Actor actor, long id, Outcome outcome, String reason, String workOn, LocalDate reapplyAfter, Long mentorId,
                       String capacityOverride) {
        Application a = applications.findById(id).orElseThrow(() -> new NotFoundException("Application", id));
        ApplicationAccessPolicy.mayDecide(actor, a, properties.mentorDecides()).orForbid();
        var problems = new ArrayList<FieldProblem>();
        if (outcome == null) {
            problems.add(new FieldProblem("outcome", "application.decision.outcome"));
        }
        String why = text(problems, "reason", reason);
        if (outcome == Outcome.NOT_YET) {
            text(problems, "workOn", workOn);
            if (reapplyAfter == null || !reapplyAfter.isAfter(LocalDate.now(clock))) {
                problems.add(new FieldProblem("reapplyAfter", "application.decision.reapply"));
            }
        }
        String override = capacityOverride == null || capacityOverride.isBlank() ? null : capacityOverride.strip();
        if (override != null && outcome == Outcome.ACCEPTED) {
            if (!actor.has(Role.COUNCIL)) {
                problems.add(new FieldProblem("capacityOverride", "application.decision.override.council-only"));
            } else if (override.length() > MAX_OVERRIDE) {
                problems.add(new FieldProblem("capacityOverride", "application.field.long"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (outcome == Outcome.ACCEPTED && !scorecards.existsByApplicationId(id)) {
            throw new IllegalTransitionException("application.transition.accept-without-interview");
        }
        Instant now = clock.instant();
        a.decide(outcome, why, workOn == null ? null : workOn.strip(), reapplyAfter, actor.personId(), now);
        closeInterviewTask(a, "the application was decided");
        switch (outcome) {
            case ACCEPTED -> {
                mail.toApplicant(a, "application.mail.accepted", why);
                onboard(actor, a, mentorId == null ? a.getInterviewerId() : mentorId, override);
            }
            case NOT_YET -> mail.toApplicant(a, "application.mail.not-yet", why, a.getWorkOn(), reapplyAfter);
            case REJECTED -> mail.toApplicant(a, "application.mail.rejected", why);
        }
        return a;
    }

    private void onboard(Actor actor, Application a, long mentorId, String capacityOverride) {
        Person person = people.findByEmail(a.getEmail()).orElseGet(() -> people.register(new NewPerson(
                displayName(a.getName()), a.getName(), a.getEmail(), a.getCountryCode(), a.getCity(), a.getTimeZone(),
                Set.copyOf(a.getLanguages()), Set.copyOf(a.getFunctionalAreas()), null, LocalDate.now(clock),
                Set.of(Role.REP), PersonStatus.ACTIVE)));
        if (!person.has(Role.REP)) {
            people.grantRole(person.getId(), Role.REP);
        }
        // the invitation and everything after it reach them in the language they applied in
        people.startInLanguage(person.getId(), a.getLanguage());
        String reason = texts.get("application.assignment.reason", a.getName());
        if (actor.has(Role.COUNCIL) || actor.has(Role.ADMIN)) {
            var assignment = new AssignMentor(person.getId(), mentorId, AssignmentKind.PERMANENT, reason);
            mentorships.assignAcceptedApplicant(actor,
                    capacityOverride == null ? assignment : assignment.withCapacityOverride(capacityOverride));
        } else {
            mentorships.assignAcceptedApplicant(person.getId(), mentorId, reason);
        }
        a.startOnboarding(person.getId(), mentorId, clock.instant());
        onboarding.createPack(a);
        invitations.invite(person.getId());
        onboarding.requestPack(a);
        mail.toMember(mentorId, "application.mail.new-mentee", people.get(mentorId).getDisplayName(), a.getName(),
                mail.pageUrl(a).replace("/applications/", "/onboarding/"));
    }

    // ---- silence ---------------------------------------------------------------------------------------

    /** The daily watch: applicants the program waits on are warned, then closed without reply; returns how many closed. */
    int watchSilence(Instant now) {
        List<Long> waiting = jdbc.sql("""
                        select id from applications where waiting_on_applicant_since is not null
                          and state in ('UNCONFIRMED', 'SUBMITTED', 'SCREENING', 'INTERVIEW')
                          and waiting_on_applicant_since <= ? order by id""")
                .param(java.sql.Timestamp.from(now.minus(properties.silenceWarning())))
                .query(Long.class).list();
        int closed = 0;
        for (Application a : applications.findAllById(waiting)) {
            boolean closing = !a.getWaitingOnApplicantSince().isAfter(now.minus(properties.silenceClosure()));
            if (closing) {
                a.closeForSilence(now);
                closeInterviewTask(a, "the applicant did not reply");
                if (a.getSubmittedAt() != null) {
                    mail.toApplicant(a, "application.mail.closed");
                }
                closed++;
            } else if (a.getSilenceWarnedAt() == null) {
                a.warnSilence(now);
                LocalDate closesOn = a.getWaitingOnApplicantSince().plus(properties.silenceClosure()).atZone(java.time.ZoneOffset.UTC).toLocalDate();
                if (a.getState() == ApplicationState.UNCONFIRMED) {
                    mail.confirmation(a);
                } else {
                    mail.toApplicant(a, "application.mail.silence", closesOn);
                }
            }
        }
        return closed;
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    Optional<InterviewSlot> pickedSlot(Application a) {
        return slots.findByApplicationIdAndWithdrawnFalseOrderByStartsAt(a.getId()).stream().filter(InterviewSlot::isPicked).findFirst();
    }

    private void sendInvitation(Application a, InterviewSlot slot) {
        Person interviewer = people.get(a.getInterviewerId());
        var organizer = new Invitation.Party(interviewer.getDisplayName(), interviewer.getEmail());
        var applicant = new Invitation.Party(a.getName(), a.getEmail());
        Texts theirs = mail.textsOf(a);
        Texts mentors = texts.forPerson(interviewer.getId());
        var invitation = calendar.request(a, slot, theirs.get("application.calendar.summary", a.getName(), interviewer.getDisplayName()),
                theirs.get("application.calendar.description", mail.statusUrl(a)), mail.statusUrl(a), organizer, applicant, clock.instant());
        mail.toApplicant(a, invitation, "application.mail.booked", interviewer.getDisplayName(),
                ApplicationMail.when(slot, a.getTimeZone(), theirs));
        var forMentor = calendar.request(a, slot, mentors.get("application.calendar.summary", a.getName(), interviewer.getDisplayName()),
                mentors.get("application.calendar.description", mail.pageUrl(a)), mail.pageUrl(a), organizer, applicant, clock.instant());
        mail.toMember(interviewer.getId(), forMentor, "application.mail.booked-mentor", a.getName(),
                mail.whenFor(interviewer.getId(), slot, a.getTimeZone()), mail.pageUrl(a));
    }

    private void cancelInterview(Application a, InterviewSlot slot) {
        a.interviewCancelled();
        Person interviewer = people.get(a.getInterviewerId());
        var organizer = new Invitation.Party(interviewer.getDisplayName(), interviewer.getEmail());
        var applicant = new Invitation.Party(a.getName(), a.getEmail());
        Texts theirs = mail.textsOf(a);
        Texts mentors = texts.forPerson(interviewer.getId());
        var cancellation = calendar.cancel(a, slot, theirs.get("application.calendar.summary", a.getName(), interviewer.getDisplayName()),
                theirs.get("application.calendar.cancelled"), mail.statusUrl(a), organizer, applicant, clock.instant());
        mail.toApplicant(a, cancellation, "application.mail.interview-cancelled", ApplicationMail.when(slot, a.getTimeZone(), theirs));
        var forMentor = calendar.cancel(a, slot, mentors.get("application.calendar.summary", a.getName(), interviewer.getDisplayName()),
                mentors.get("application.calendar.cancelled"), mail.statusUrl(a), organizer, applicant, clock.instant());
        mail.toMember(interviewer.getId(), forMentor, "application.mail.interview-cancelled-mentor", a.getName(),
                mail.whenFor(interviewer.getId(), slot, a.getTimeZone()));
        slot.unpick();
    }

    private void closeInterviewTask(Application a, String why) {
        if (a.getInterviewerId() != null) {
            events.publishEvent(new TaskWorkDone(interviewTaskRef(a), why));
        }
    }

    static String interviewTaskRef(Application a) {
        return "application:" + a.getId() + ":interview:" + a.getInterviewerId();
    }

    private static String text(List<FieldProblem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "application.reason.required"));
            return null;
        }
        try {
            return CommentText.of(field, value, "application.reason.required", "application.reason.long");
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private void countRefusal(String reason) {
        jdbc.sql("""
                        insert into application_refusals (day, reason, count) values (?, ?, 1)
                        on conflict (day, reason) do update set count = application_refusals.count + 1""")
                .params(LocalDate.now(clock), reason).update();
    }

    private static String displayName(String name) {
        return name.length() <= 60 ? name : name.substring(0, 60).strip();
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String fingerprint(ApplicationRequest r) {
        String text = String.join("\u0000", r.email().toLowerCase(Locale.ROOT), r.name(), r.region(), r.country(),
                String.valueOf(r.city()), String.join(",", r.languages()), r.timeZone(), String.join(",", r.functionalAreas()),
                String.valueOf(r.monthsInvolved()), r.answers().motivation(), r.answers().contributions(),
                r.answers().otherProjects(), r.answers().goals(), r.answers().mobilising(), String.join(",", r.links()),
                String.join(",", r.referees().stream().map(x -> x.name() + "<" + x.email() + ">").toList()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
