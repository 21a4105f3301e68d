package org.repsportal.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.repsportal.mentorship.Mentorships;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.people.PersonCard;
import org.repsportal.reports.ActivityStatistics;
import org.repsportal.reports.ReportingStreak;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A Rep's home: their next check-in with their mentor, their mentor and how to reach them, their reporting streak
 * and, while they are new (joined in the last {@link #NEWCOMER} or onboarding still running), what to do first as a
 * checklist computed from what they did. A fixed number of statements.
 */
@Service
@Transactional(readOnly = true)
class RepHome {

    /** How long a Rep counts as new. */
    static final Period NEWCOMER = Period.ofDays(90);

    record Mentor(long id, String name, String email) {
    }

    /** One step of "what to do first": its message key (under {@code dashboard.first.}), whether done, where to do it. */
    record Step(String key, boolean done, String link, Object argument) {
    }

    record Home(Mentor mentor, LocalDate lastCheckIn, LocalDate nextCheckIn, boolean checkInOverdue, ReportingStreak streak,
                boolean newcomer, List<Step> firstSteps) {

        public long stepsDone() {
            return firstSteps.stream().filter(Step::done).count();
        }
    }

    private final Mentorships mentorships;
    private final People people;
    private final ActivityStatistics statistics;
    private final ObjectProvider<CheckInDates> checkIns;
    private final ObjectProvider<ApplicantsOverview> applicants;
    private final Clock clock;

    RepHome(Mentorships mentorships, People people, ActivityStatistics statistics, ObjectProvider<CheckInDates> checkIns,
            ObjectProvider<ApplicantsOverview> applicants, Clock clock) {
        this.mentorships = mentorships;
        this.people = people;
        this.statistics = statistics;
        this.checkIns = checkIns;
        this.applicants = applicants;
        this.clock = clock;
    }

    /** The actor's own home; {@code lastReportOn} is their last report (the page reads it already), or null. */
    Home of(Actor actor, LocalDate lastReportOn) {
        LocalDate today = LocalDate.now(clock);
        long me = actor.personId();
        Optional<Long> mentorId = mentorships.currentMentorOf(me);
        List<Long> ids = mentorId.map(m -> List.of(me, m)).orElse(List.of(me));
        Map<Long, PersonCard> cards = people.cards(ids).stream().collect(Collectors.toMap(PersonCard::id, Function.identity()));
        Mentor mentor = mentorId.map(cards::get).map(c -> new Mentor(c.id(), c.displayName(), c.email())).orElse(null);
        CheckInDates.Dates dates = mentorId
                .map(m -> checkIns.getIfAvailable(() -> CheckInDates.NONE).of(m, List.of(me)).get(me))
                .orElse(null);
        Optional<ApplicantsOverview.NewRep> onboarding = applicants.getIfAvailable(() -> ApplicantsOverview.NONE).onboardingOf(me);
        PersonCard card = cards.get(me);
        boolean newcomer = onboarding.isPresent()
                || (card != null && card.joinedOn() != null && card.joinedOn().isAfter(today.minus(NEWCOMER)));
        LocalDate lastCheckIn = dates == null ? null : dates.last();

        var steps = new ArrayList<Step>();
        onboarding.ifPresent(o -> steps.add(new Step("onboarding", o.done() >= o.steps(), "/onboarding/" + o.applicationId(),
                o.done() + "/" + o.steps())));
        steps.add(mentor == null ? new Step("waitForMentor", false, null, null)
                : new Step("meetMentor", lastCheckIn != null, "/people/" + mentor.id(), mentor.name()));
        steps.add(new Step("firstReport", lastReportOn != null, "/reports/new", null));
        return new Home(mentor, lastCheckIn, dates == null ? null : dates.next(), dates != null && dates.overdue(),
                statistics.streakOf(me, today), newcomer, List.copyOf(steps));
    }
}
