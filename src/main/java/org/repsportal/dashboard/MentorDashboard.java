package org.repsportal.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.repsportal.mentorship.MenteeDataPolicy;
import org.repsportal.mentorship.Mentorships;
import org.repsportal.people.Actor;
import org.repsportal.people.Availability;
import org.repsportal.people.People;
import org.repsportal.people.PersonCard;
import org.repsportal.reports.ActivityClass;
import org.repsportal.reports.ActivityClassPolicy;
import org.repsportal.reports.ActivityStatistics;
import org.repsportal.reports.ActivityStats;
import org.repsportal.tasks.TaskQueries;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My mentees": each current mentee with their reporting, activity class, open tasks and check-ins.
 * A fixed number of statements whatever the number of mentees: mentees, cards, statistics, tasks,
 * check-ins and absences, one each.
 */
@Service
@Transactional(readOnly = true)
class MentorDashboard {

    /** How far back an unverified report still asks for the mentor (the reports columns' longest window). */
    static final java.time.Period VERIFY_WITHIN = java.time.Period.ofWeeks(8);

    private final Mentorships mentorships;
    private final People people;
    private final ActivityStatistics statistics;
    private final ActivityClassPolicy activityClasses;
    private final TaskQueries tasks;
    private final ObjectProvider<CheckInDates> checkIns;
    private final ObjectProvider<Availability> availability;
    private final Clock clock;
    private final ObjectProvider<ApplicantsOverview> applicants;

    MentorDashboard(Mentorships mentorships, People people, ActivityStatistics statistics,
                    ActivityClassPolicy activityClasses, TaskQueries tasks, ObjectProvider<CheckInDates> checkIns,
                    ObjectProvider<Availability> availability, Clock clock, ObjectProvider<ApplicantsOverview> applicants) {
        this.applicants = applicants;
        this.mentorships = mentorships;
        this.people = people;
        this.statistics = statistics;
        this.activityClasses = activityClasses;
        this.tasks = tasks;
        this.checkIns = checkIns;
        this.availability = availability;
        this.clock = clock;
    }

    public List<MenteeOverview> mentees(Actor actor, long mentorId) {
        MenteeDataPolicy.mayView(actor, mentorId).orForbid();
        List<Long> ids = mentorships.currentMenteeIds(mentorId);
        if (ids.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<PersonCard> cards = people.cards(ids);
        Map<Long, ActivityStats> stats = statistics.of(ids, today);
        Map<Long, Integer> openTasks = tasks.openCountsAbout(ids);
        Map<Long, CheckInDates.Dates> dates = checkIns.getIfAvailable(() -> CheckInDates.NONE).of(mentorId, ids);
        Set<Long> away = availability.getIfAvailable(() -> Availability.EVERYONE_AVAILABLE).awayOn(today, ids);
        return cards.stream().map(card -> {
            ActivityStats s = stats.getOrDefault(card.id(), ActivityStats.none(card.id()));
            CheckInDates.Dates d = dates.get(card.id());
            return new MenteeOverview(card.id(), card.displayName(), card.email(), s.lastReportOn(), s.reportsLast4Weeks(),
                    s.reportsLast8Weeks(), s.currentStreakWeeks(),
                    activityClasses.classify(s.lastReportOn(), card.joinedOn(), away.contains(card.id()), today),
                    openTasks.getOrDefault(card.id(), 0), d == null ? null : d.last(), d == null ? null : d.next(),
                    d != null && d.overdue());
        }).toList();
    }

    /**
     * Who needs the mentor now, before the rest of the page: each mentee whose check-in is overdue, who went silent,
     * whose verifiable reports of the last {@link #VERIFY_WITHIN} wait for a verification or who has open tasks, the
     * most reasons first. One statement beyond the mentee list (the unverified reports).
     */
    public List<NeedsYou> needsYou(List<MenteeOverview> mentees) {
        if (mentees.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> unverified = statistics.unverifiedCounts(mentees.stream().map(MenteeOverview::id).toList(),
                LocalDate.now(clock).minus(VERIFY_WITHIN));
        return mentees.stream()
                .map(m -> new NeedsYou(m.id(), m.displayName(), m.checkInOverdue(), m.nextCheckInOn(),
                        m.activity() == ActivityClass.INACTIVE_LOW || m.activity() == ActivityClass.INACTIVE_HIGH, m.lastReportOn(),
                        unverified.getOrDefault(m.id(), 0), m.openTasks()))
                .filter(NeedsYou::needed)
                .sorted(java.util.Comparator.comparingInt(NeedsYou::reasons).reversed().thenComparing(NeedsYou::displayName))
                .toList();
    }

    /** The applicants the mentor interviews and the new Reps they onboard, until decided or onboarded. */
    public ApplicantsOverview.MentorWork applicantWork(Actor actor, long mentorId) {
        MenteeDataPolicy.mayView(actor, mentorId).orForbid();
        return applicants.getIfAvailable(() -> ApplicantsOverview.NONE).workOf(mentorId);
    }
}
