package org.repsportal.orientation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.repsportal.library.Library;
import org.repsportal.library.SopPageRead;
import org.repsportal.mentorship.Mentorships;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.people.PersonCard;
import org.repsportal.people.Role;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.ForbiddenException;
import org.repsportal.platform.IllegalTransitionException;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.NotFoundException;
import org.repsportal.platform.RuleViolationException;
import org.repsportal.platform.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The orientation module's entry point: nominations and the Council's decisions on them, the checklist
 * of a new mentor, steps completed by the mentor, by reading the library or confirmed by the Council, and
 * the Council's permission to take new mentees before orientation is complete.
 */
@Service
@Transactional
public class Orientations {

    static final int MAX_TEXT = 1000;

    private final OrientationRepository orientations;
    private final People people;
    private final Mentorships mentorships;
    private final Library library;
    private final OrientationMail mail;
    private final Texts texts;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Orientations(OrientationRepository orientations, People people, Mentorships mentorships, Library library,
                 OrientationMail mail, Texts texts, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.orientations = orientations;
        this.people = people;
        this.mentorships = mentorships;
        this.library = library;
        this.mail = mail;
        this.texts = texts;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Nominates a Rep as mentor: by their mentor or a Council member, or by the Rep themselves, in which
     * case their mentor is asked (a task) to endorse it.
     */
    public Orientation nominate(Actor actor, long nomineeId, String reason) {
        Person nominee = people.get(nomineeId);
        Long mentorId = mentorships.currentMentorOf(nomineeId).orElse(null);
        MentorNominationPolicy.mayNominate(actor, nomineeId, mentorId).orForbid();
        String why = required(reason, "reason", "orientation.nomination.reason.required");
        MentorNominationPolicy.isEligible(nominee, orientations.hasOpen(nomineeId)).orReject();
        MentorNominationKind kind = MentorNominationPolicy.kindOf(actor, nomineeId, mentorId);
        Orientation orientation;
        try {
            orientation = orientations.saveAndFlush(Orientation.nominate(nomineeId, kind, actor.personId(), why, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            // nominated by someone else at the same moment: the open-nomination index refused the second one
            throw new RuleViolationException("policy.orientation.nominee-already-nominated");
        }
        events.publishEvent(orientation.announce(mentorId));
        return orientation;
    }

    /** The nominee's mentor endorses a self-nomination, so that the Council can decide. */
    public Orientation endorse(Actor actor, long orientationId) {
        Orientation orientation = get(orientationId);
        MentorNominationPolicy.mayEndorse(actor, mentorships.currentMentorOf(orientation.getPersonId()).orElse(null)).orForbid();
        events.publishEvent(orientation.endorse(actor.personId(), clock.instant()));
        return orientations.save(orientation);
    }

    /**
     * The Council appoints the nominee: they get the Mentor role and start orientation at once.
     */
    public Orientation appoint(Actor actor, long orientationId) {
        MentorNominationPolicy.mayDecide(actor).orForbid();
        Orientation orientation = get(orientationId);
        LocalDate today = LocalDate.now(clock);
        orientation.appoint(actor.personId(), clock.instant(), today);
        people.grantRole(orientation.getPersonId(), Role.MENTOR);
        orientation.startOrientation(today);
        Orientation saved = orientations.save(orientation);
        mail.appointed(saved, card(saved.getPersonId()), actor.personId());
        return saved;
    }

    /** The Council declines a nomination, saying why. */
    public Orientation decline(Actor actor, long orientationId, String reason) {
        MentorNominationPolicy.mayDecide(actor).orForbid();
        Orientation orientation = get(orientationId);
        String why = required(reason, "reason", "orientation.decline.reason.required");
        events.publishEvent(orientation.decline(actor.personId(), why, clock.instant()));
        Orientation saved = orientations.save(orientation);
        mail.declined(saved, card(saved.getPersonId()), actor.personId());
        return saved;
    }

    @Transactional(readOnly = true)
    public Orientation get(long orientationId) {
        return orientations.findById(orientationId).orElseThrow(() -> new NotFoundException("Orientation", orientationId));
    }

    /** The person's open nomination or orientation (or their latest, if every one was declined). */
    @Transactional(readOnly = true)
    public Optional<Orientation> latestOf(long personId) {
        List<Orientation> all = orientations.findByPerson(personId);
        return all.stream().filter(o -> o.getState() != OrientationState.DECLINED).findFirst()
                .or(() -> all.stream().findFirst());
    }

    /**
     * Like {@link #latestOf} but locked until the transaction ends, so that steps completed at the same
     * time (a page read while a Council member records a call) wait for each other instead of failing.
     */
    private Optional<Orientation> lockedLatestOf(long personId) {
        return orientations.findIdsByPersonOpenFirst(personId).stream().findFirst().flatMap(orientations::findLocked);
    }

    /** Whether the actor may see this nomination and checklist. */
    @Transactional(readOnly = true)
    public boolean mayView(Actor actor, Orientation orientation) {
        return MentorNominationPolicy.mayView(actor, orientation,
                mentorships.currentMentorOf(orientation.getPersonId()).orElse(null)).allowed();
    }

    /** The person's checklist, once they are appointed. */
    @Transactional(readOnly = true)
    public Optional<Checklist> checklistOf(long personId) {
        return latestOf(personId).filter(o -> o.getState() != OrientationState.NOMINATED
                        && o.getState() != OrientationState.DECLINED)
                .map(o -> Checklist.of(o, mentorships.currentMenteeCount(personId)));
    }

    /** The actor's checklist; 404 when they have none. */
    @Transactional(readOnly = true)
    public Checklist checklist(Actor actor) {
        return checklistOf(actor.personId()).orElseThrow(() -> new NotFoundException("Orientation of person", actor.personId()));
    }

    /**
     * The new mentor marks a self-service step done; a reading step records the current version of its
     * page as read. A step already done changes nothing. Steps that need a witness are for the Council.
     */
    public Checklist completeStep(Actor actor, String key) {
        OrientationStep step = OrientationStep.byKey(key).orElseThrow(() -> new NotFoundException("Orientation step", key));
        if (!step.selfService()) {
            throw new ForbiddenException("policy.orientation.step-needs-witness");
        }
        Orientation orientation = lockedLatestOf(actor.personId())
                .orElseThrow(() -> new NotFoundException("Orientation of person", actor.personId()));
        if (!orientation.isDone(step)) {
            Integer version = null;
            String detail = null;
            if (step.completion() == OrientationStep.Completion.READING) {
                version = library.currentVersion(step.pageSlug());
                library.recordRead(actor, step.pageSlug(), version);
                detail = texts.get("orientation.step.detail.read", version);
            } else if (step == OrientationStep.TRAINING) {
                detail = texts.get("orientation.step.detail.material");
            }
            complete(orientation, step, null, detail, version);
        }
        return Checklist.of(orientation, mentorships.currentMenteeCount(actor.personId()));
    }

    /** A Council member confirms a step for a new mentor (e.g. a call attended). */
    public Checklist confirmStep(Actor actor, long personId, String key, String detail) {
        MentorNominationPolicy.mayDecide(actor).orForbid();
        OrientationStep step = OrientationStep.byKey(key).orElseThrow(() -> new NotFoundException("Orientation step", key));
        Orientation orientation = lockedLatestOf(personId).orElseThrow(() -> new NotFoundException("Orientation of person", personId));
        String note = detail == null || detail.isBlank() ? texts.get("orientation.step.detail.confirmed") : limit(detail.strip(), 200);
        complete(orientation, step, actor.personId(), note, null);
        return Checklist.of(orientation, mentorships.currentMenteeCount(personId));
    }

    /** A call attended completes its step, confirmed by the Council member who recorded the attendance. */
    void callAttended(long personId, OrientationStep step, long councilMemberId, String detail) {
        lockedLatestOf(personId).filter(o -> o.getState() == OrientationState.IN_ORIENTATION)
                .ifPresent(o -> complete(o, step, councilMemberId, detail, null));
    }

    /** Reading the current version of a library page completes its reading step. */
    void pageRead(SopPageRead read) {
        OrientationStep.forPage(read.slug()).ifPresent(step -> lockedLatestOf(read.personId())
                .filter(o -> o.getState() == OrientationState.IN_ORIENTATION && !o.isDone(step))
                .filter(o -> read.version() == library.currentVersion(read.slug()))
                .ifPresent(o -> complete(o, step, null, texts.get("orientation.step.detail.read", read.version()), read.version())));
    }

    /** Planning a check-in with each current mentee completes the last step by itself. */
    void checkInPlanned(long mentorId, java.util.Set<Long> menteesWithACheckIn) {
        var mentees = mentorships.currentMenteeIds(mentorId);
        if (mentees.isEmpty() || !menteesWithACheckIn.containsAll(mentees)) {
            return;
        }
        lockedLatestOf(mentorId)
                .filter(o -> o.getState() == OrientationState.IN_ORIENTATION && !o.isDone(OrientationStep.FIRST_CHECK_INS))
                .ifPresent(o -> complete(o, OrientationStep.FIRST_CHECK_INS, null,
                        texts.get("orientation.step.detail.checkins", mentees.size()), null));
    }

    /**
     * The Council lets a mentor in orientation take new mentees before it is complete; the reason is
     * recorded and shown with the orientation.
     */
    public void allowNewMenteesEarly(Actor actor, long personId, String reason) {
        MentorNominationPolicy.mayDecide(actor).orForbid();
        Orientation orientation = latestOf(personId).orElseThrow(() -> new NotFoundException("Orientation of person", personId));
        if (!orientation.getState().inProgress()) {
            throw new IllegalTransitionException("orientation.transition.override");
        }
        String why = required(reason, "reason", "orientation.override.reason.required");
        recordOverride(personId, null, actor.personId(), limit(why, 500));
    }

    void recordOverride(long mentorId, Long menteeId, long councilMemberId, String reason) {
        jdbc.sql("""
                        insert into readiness_overrides (id, mentor_id, mentee_id, overridden_by, reason, created_at)
                        values (nextval('readiness_overrides_seq'), :mentor, :mentee, :by, :reason, :at)""")
                .param("mentor", mentorId).param("mentee", menteeId).param("by", councilMemberId).param("reason", reason)
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    private void complete(Orientation orientation, OrientationStep step, Long confirmedBy, String detail, Integer version) {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        if (orientation.completeStep(step, today, now, confirmedBy, detail, version)) {
            if (orientation.allStepsDone()) {
                orientation.completeOrientation(today);
            }
            orientations.save(orientation);
        }
    }

    private PersonCard card(long personId) {
        return people.cards(List.of(personId)).get(0);
    }


    private static String required(String value, String field, String key) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(List.of(new FieldProblem(field, key)));
        }
        if (value.strip().length() > MAX_TEXT) {
            throw new InvalidInputException(List.of(new FieldProblem(field, "orientation.text.long")));
        }
        return value.strip();
    }

    private static String limit(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    /** The mentor steps down: their orientation record says so. */
    public void steppingDown(long personId) {
        lockedLatestOf(personId).filter(o -> o.getState() == OrientationState.ACTIVE_MENTOR || o.getState().inProgress())
                .ifPresent(Orientation::stepDown);
    }

    /** The mentor's role ended: they are a former mentor. */
    public void formerMentor(long personId) {
        lockedLatestOf(personId).filter(o -> o.getState() != OrientationState.NOMINATED
                        && o.getState() != OrientationState.DECLINED && o.getState() != OrientationState.FORMER_MENTOR)
                .ifPresent(Orientation::endMentoring);
    }
}
