package org.repsportal.applications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.repsportal.dashboard.CheckInDates;
import org.repsportal.mentorship.AssignMentor;
import org.repsportal.mentorship.AssignmentKind;
import org.repsportal.mentorship.Mentorships;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.people.PersonSummary;
import org.repsportal.people.Role;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.NotFoundException;
import org.repsportal.platform.Texts;
import org.repsportal.tasks.TaskPriority;
import org.repsportal.tasks.TaskRequested;
import org.repsportal.tasks.TaskTitle;
import org.repsportal.tasks.TaskType;
import org.repsportal.tasks.TaskWorkDone;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new Rep's onboarding: the checklist (agreement, profile, an orientation check-in with the mentor within a
 * month, lists joined, the Welcome Pack received), the Welcome Pack's shipment, and the Council told when it is
 * still unfinished after a month.
 */
@Service
@Transactional
class Onboarding {

    static final int MAX_FIELD = 500;
    static final int STEPS = 5;

    /** The checklist as pages show it. */
    record Checklist(boolean agreement, boolean profile, boolean orientation, boolean lists, boolean pack,
                     LocalDate dueOn, boolean overdue) {

        public int done() {
            return (agreement ? 1 : 0) + (profile ? 1 : 0) + (orientation ? 1 : 0) + (lists ? 1 : 0) + (pack ? 1 : 0);
        }

        public boolean complete() {
            return done() == STEPS;
        }
    }

    enum Step { AGREEMENT, PROFILE, LISTS }

    private final ApplicationRepository applications;
    private final WelcomePackRepository packs;
    private final ApplicationsProperties properties;
    private final ApplicationMail mail;
    private final Mentorships mentorships;
    private final People people;
    private final ObjectProvider<CheckInDates> checkIns;
    private final ApplicationEventPublisher events;
    private final WelcomePackHistory history;
    private final Texts texts;
    private final Clock clock;

    Onboarding(ApplicationRepository applications, WelcomePackRepository packs, ApplicationsProperties properties,
               ApplicationMail mail, Mentorships mentorships, People people, ObjectProvider<CheckInDates> checkIns,
               ApplicationEventPublisher events, WelcomePackHistory history, Texts texts, Clock clock) {
        this.history = history;
        this.applications = applications;
        this.packs = packs;
        this.properties = properties;
        this.mail = mail;
        this.mentorships = mentorships;
        this.people = people;
        this.checkIns = checkIns;
        this.events = events;
        this.texts = texts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Application get(Actor actor, long id) {
        return applications.findById(id)
                .filter(a -> a.getPersonId() != null && ApplicationAccessPolicy.mayReadOnboarding(actor, a).allowed())
                .orElseThrow(() -> new NotFoundException("Onboarding", id));
    }

    @Transactional(readOnly = true)
    WelcomePack pack(Application a) {
        return packs.findByApplicationId(a.getId()).orElseThrow();
    }

    @Transactional(readOnly = true)
    List<WelcomePackHistory.Entry> packHistory(Application a) {
        return history.of(a.getId());
    }

    /** A new Rep's Welcome Pack, waiting to be prepared; its history starts here. */
    void createPack(Application a) {
        WelcomePack pack = packs.save(new WelcomePack(a.getId(), clock.instant()));
        history.record(pack, WelcomePackHistory.Step.CREATED, null, clock.instant());
    }

    @Transactional(readOnly = true)
    Checklist checklist(Application a) {
        boolean orientation = orientationHeld(a);
        WelcomePack pack = pack(a);
        LocalDate due = a.getOnboardingAt().plus(properties.onboardingWithin()).atZone(ZoneOffset.UTC).toLocalDate();
        boolean done = a.getState() == ApplicationState.COMPLETED;
        return new Checklist(a.getAgreementAcceptedAt() != null, a.getProfileCompletedAt() != null, done || orientation,
                a.getListsJoinedAt() != null, pack.received(), due, !done && LocalDate.now(clock).isAfter(due));
    }

    /** A step the new Rep ticks off themselves. */
    Application tick(Actor actor, long id, Step step) {
        Application a = get(actor, id);
        ApplicationAccessPolicy.isNewRep(actor, a).orForbid();
        Instant now = clock.instant();
        switch (step) {
            case AGREEMENT -> a.acceptAgreement(now);
            case PROFILE -> a.completeProfile(now);
            case LISTS -> a.joinLists(now);
        }
        completeIfDone(a);
        return a;
    }

    /** The Council picks another mentor than the interviewer; the Welcome Pack task moves with the mentee. */
    Application changeMentor(Actor actor, long id, Long mentorId) {
        Application a = get(actor, id);
        ApplicationAccessPolicy.mayScreen(actor).orForbid();
        if (mentorId == null) {
            throw new InvalidInputException(List.of(new FieldProblem("mentorId", "application.interviewer.required")));
        }
        if (mentorId.equals(a.getMentorId())) {
            return a;
        }
        mentorships.assign(actor, new AssignMentor(a.getPersonId(), mentorId, AssignmentKind.PERMANENT,
                texts.get("application.assignment.reason", a.getName())));
        events.publishEvent(new TaskWorkDone(packTaskRef(a), "another mentor sends the Welcome Pack"));
        a.changeMentor(mentorId);
        requestPack(a);
        return a;
    }

    void requestPack(Application a) {
        events.publishEvent(new TaskRequested(TaskType.WELCOME_PACK, TaskTitle.of("application.task.pack", a.getName()),
                a.getPersonId(), a.getMentorId(), TaskPriority.NORMAL,
                a.getOnboardingAt().plus(properties.onboardingWithin()).atZone(ZoneOffset.UTC).toLocalDate(), packTaskRef(a), Set.of()));
    }

    WelcomePack preparePack(Actor actor, long id, String address, boolean confirmed, String contents, String sizes, String customs) {
        Application a = get(actor, id);
        ApplicationAccessPolicy.isMentor(actor, a).orForbid();
        var problems = new ArrayList<FieldProblem>();
        String to = required(problems, "address", address);
        String what = required(problems, "contents", contents);
        optional(problems, "sizes", sizes, 200);
        optional(problems, "customsValue", customs, 40);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        WelcomePack pack = pack(a);
        pack.prepare(to, confirmed, what, blankToNull(sizes), blankToNull(customs), clock.instant());
        return pack;
    }

    WelcomePack ship(Actor actor, long id, String carrier, String tracking) {
        Application a = get(actor, id);
        ApplicationAccessPolicy.isMentor(actor, a).orForbid();
        var problems = new ArrayList<FieldProblem>();
        String by = required(problems, "carrier", carrier);
        optional(problems, "trackingNumber", tracking, 100);
        if (by != null && by.length() > 100) {
            problems.add(new FieldProblem("carrier", "application.field.long"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        WelcomePack pack = pack(a);
        pack.ship(by, blankToNull(tracking), clock.instant());
        history.record(pack, WelcomePackHistory.Step.SHIPPED, actor.personId(), clock.instant());
        mail.toMember(a.getPersonId(), "application.mail.pack-shipped", a.getName(), by,
                tracking == null || tracking.isBlank() ? "—" : tracking.strip(), mail.pageUrl(a).replace("/applications/", "/onboarding/"));
        return pack;
    }

    WelcomePack markDelivered(Actor actor, long id) {
        Application a = get(actor, id);
        ApplicationAccessPolicy.isMentor(actor, a).orForbid();
        WelcomePack pack = pack(a);
        pack.markDelivered(clock.instant());
        history.record(pack, WelcomePackHistory.Step.DELIVERED, actor.personId(), clock.instant());
        return pack;
    }

    WelcomePack markReturned(Actor actor, long id) {
        Application a = get(actor, id);
        ApplicationAccessPolicy.isMentor(actor, a).orForbid();
        WelcomePack pack = pack(a);
        pack.markReturned(clock.instant());
        history.record(pack, WelcomePackHistory.Step.RETURNED, actor.personId(), clock.instant());
        return pack;
    }

    /** The new Rep says the pack arrived: the mentor's task closes. */
    WelcomePack confirmReceipt(Actor actor, long id) {
        Application a = get(actor, id);
        ApplicationAccessPolicy.isNewRep(actor, a).orForbid();
        WelcomePack pack = pack(a);
        pack.confirmReceipt(clock.instant());
        history.record(pack, WelcomePackHistory.Step.RECEIVED, actor.personId(), clock.instant());
        events.publishEvent(new TaskWorkDone(packTaskRef(a), "the new Rep received the Welcome Pack"));
        completeIfDone(a);
        return pack;
    }

    /** The daily watch: onboardings done by now complete, those unfinished after the month go to the Council once. */
    int watch(LocalDate today) {
        int escalated = 0;
        List<PersonSummary> council = null;
        for (Application a : applications.findByState(ApplicationState.ONBOARDING)) {
            if (completeIfDone(a)) {
                continue;
            }
            Checklist list = checklist(a);
            if (list.overdue() && a.getOnboardingEscalatedAt() == null) {
                if (council == null) {
                    council = people.activeWithRole(Role.COUNCIL);
                }
                if (council.isEmpty()) {
                    continue;
                }
                PersonSummary duty = council.get((int) (a.getId() % council.size()));
                a.escalateOnboarding(clock.instant());
                events.publishEvent(new TaskRequested(TaskType.OTHER,
                        TaskTitle.of("application.task.onboarding-overdue", a.getName(), list.done()), a.getPersonId(),
                        duty.id(), TaskPriority.MAJOR, today.plusDays(7), "application:" + a.getId() + ":onboarding-overdue",
                        Set.of(a.getMentorId())));
                escalated++;
            }
        }
        return escalated;
    }

    boolean completeIfDone(Application a) {
        if (a.getState() != ApplicationState.ONBOARDING) {
            return false;
        }
        Checklist list = checklist(a);
        if (!list.complete()) {
            return false;
        }
        a.completeOnboarding(clock.instant());
        events.publishEvent(new TaskWorkDone("application:" + a.getId() + ":onboarding-overdue", "onboarding is complete"));
        mail.toMember(a.getPersonId(), "application.mail.onboarded", a.getName());
        mail.toMember(a.getMentorId(), "application.mail.onboarded-mentor", a.getName());
        return true;
    }

    private boolean orientationHeld(Application a) {
        CheckInDates dates = checkIns.getIfAvailable(() -> CheckInDates.NONE);
        var mine = dates.of(a.getMentorId(), List.of(a.getPersonId())).get(a.getPersonId());
        return orientationHeld(mine == null ? null : mine.last(), a.getOnboardingAt(), properties.onboardingWithin());
    }

    /** Whether the last check-in with the mentor was held within the onboarding's first month (or however long it is). */
    static boolean orientationHeld(LocalDate lastCheckIn, Instant onboardingAt, java.time.Duration within) {
        if (lastCheckIn == null) {
            return false;
        }
        LocalDate start = onboardingAt.atZone(ZoneOffset.UTC).toLocalDate();
        return !lastCheckIn.isBefore(start) && !lastCheckIn.isAfter(start.plusDays(within.toDays()));
    }

    static String packTaskRef(Application a) {
        return "application:" + a.getId() + ":welcome-pack:" + a.getMentorId();
    }

    private static String required(List<FieldProblem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "application.field.required"));
            return null;
        }
        if (value.length() > MAX_FIELD) {
            problems.add(new FieldProblem(field, "application.field.long"));
            return null;
        }
        return value.strip();
    }

    private static void optional(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(new FieldProblem(field, "application.field.long"));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
