package org.repsportal.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.repsportal.mentorship.MentorshipQueries;
import org.repsportal.people.Actor;
import org.repsportal.platform.CsvExport;
import org.repsportal.platform.Decision;
import org.repsportal.platform.PageResult;
import org.repsportal.reports.ActivityStatistics;
import org.repsportal.reports.ReportQueries;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the Council and Admins see of the whole program: who waits for a mentor, who went silent, mentors' loads. */
@Service
@Transactional(readOnly = true)
class ProgramOverview {

    /** A mentor's load and how many of their mentees are inactive. */
    public record MentorRow(long mentorId, String displayName, int mentees, int capacity, int inactiveMentees) {

        public boolean overCapacity() {
            return mentees > capacity;
        }
    }

    private final MentorshipQueries mentorship;
    private final org.repsportal.mentorship.OrphanWatch orphanWatch;
    private final ReportQueries reports;
    private final ActivityStatistics statistics;
    private final Clock clock;
    private final ObjectProvider<ApplicantsOverview> applicants;

    ProgramOverview(MentorshipQueries mentorship, org.repsportal.mentorship.OrphanWatch orphanWatch, ReportQueries reports, ActivityStatistics statistics,
                    Clock clock, ObjectProvider<ApplicantsOverview> applicants) {
        this.applicants = applicants;
        this.mentorship = mentorship;
        this.orphanWatch = orphanWatch;
        this.reports = reports;
        this.statistics = statistics;
        this.clock = clock;
    }

    /** Mentees per mentor, mentors over capacity or without mentees, and the ratio against the program's aim. */
    public MentorshipQueries.Fairness fairness(Actor actor) {
        mayView(actor).orForbid();
        return mentorship.fairness();
    }

    /** Reps waiting longer than the program allows for a mentor, with days waiting and the best proposal. */
    public PageResult<org.repsportal.mentorship.OrphanWatch.Orphan> orphans(Actor actor, int page, int size) {
        mayView(actor).orForbid();
        return orphanWatch.orphans(actor, page, size);
    }

    public static Decision mayView(Actor actor) {
        return actor.isCouncilOrAdmin() ? Decision.allow() : Decision.refuse("policy.dashboard.council-or-admin");
    }

    public PageResult<MentorshipQueries.UnmentoredRep> repsWithoutActiveMentor(Actor actor, int page, int size) {
        mayView(actor).orForbid();
        return mentorship.repsWithoutActiveMentor(page, size);
    }

    /** Reps silent for 6 and for 12 months: the longest silent and how many there are, in one statement. */
    public ReportQueries.Silence silence(Actor actor, int limit) {
        mayView(actor).orForbid();
        LocalDate today = LocalDate.now(clock);
        return reports.silence(today.minusMonths(6), today.minusMonths(12), limit);
    }

    /** Every Rep without an active mentor, longest waiting first, as read through a cursor (constant memory). */
    void forEachUnmentored(Actor actor, java.util.function.Consumer<MentorshipQueries.UnmentoredRep> each) {
        mayView(actor).orForbid();
        mentorship.forEachWithoutActiveMentor(each);
    }

    /** Every active Rep silent for the given months, longest first, as read through a cursor. */
    void forEachSilent(Actor actor, int months, java.util.function.Consumer<ReportQueries.SilentRep> each) {
        mayView(actor).orForbid();
        reports.forEachSilent(LocalDate.now(clock).minusMonths(months), each);
    }

    /**
     * Every mentor with their load, most loaded first, as read through a cursor: the inactive mentees are counted
     * for {@link CsvExport#FETCH_SIZE} mentors at a time (one statement each), so memory stays constant.
     */
    void forEachMentor(Actor actor, java.util.function.Consumer<MentorRow> each) {
        mayView(actor).orForbid();
        LocalDate today = LocalDate.now(clock);
        var batch = new java.util.ArrayList<MentorshipQueries.MentorLoadWithMentees>(CsvExport.FETCH_SIZE);
        mentorship.forEachMentorLoad(row -> {
            batch.add(row);
            if (batch.size() == CsvExport.FETCH_SIZE) {
                writeMentors(batch, today, each);
            }
        });
        writeMentors(batch, today, each);
    }

    private void writeMentors(List<MentorshipQueries.MentorLoadWithMentees> batch, LocalDate today,
                              java.util.function.Consumer<MentorRow> each) {
        if (batch.isEmpty()) {
            return;
        }
        var mentees = new java.util.LinkedHashMap<Long, List<Long>>();
        batch.forEach(row -> mentees.put(row.load().mentorId(), row.menteeIds()));
        Map<Long, Integer> inactive = statistics.inactiveCounts(mentees, today);
        for (var row : batch) {
            var load = row.load();
            each.accept(new MentorRow(load.mentorId(), load.displayName(), load.mentees(), load.capacity(),
                    inactive.getOrDefault(load.mentorId(), 0)));
        }
        batch.clear();
    }

    /** A page of mentors with their load and inactive mentees: three statements whatever the page holds. */
    public PageResult<MentorRow> mentors(Actor actor, int page, int size) {
        mayView(actor).orForbid();
        LocalDate today = LocalDate.now(clock);
        var loads = mentorship.mentorLoads(page, size);
        Map<Long, List<Long>> mentees = mentorship.currentMenteesOf(loads.items().stream().map(MentorshipQueries.MentorLoad::mentorId).toList());
        Map<Long, Integer> inactive = statistics.inactiveCounts(mentees, today);
        return loads.map(load -> new MentorRow(load.mentorId(), load.displayName(), load.mentees(), load.capacity(),
                inactive.getOrDefault(load.mentorId(), 0)));
    }

    /**
     * The applications funnel of the last six months and the applications waiting longest (two statements), or null
     * for whoever may not see applications.
     */
    public ApplicantsOverview.Funnel applicationsFunnel(Actor actor) {
        mayView(actor).orForbid();
        return applicants.getIfAvailable(() -> ApplicantsOverview.NONE).funnel(actor, FUNNEL_MONTHS).orElse(null);
    }

    static final int FUNNEL_MONTHS = 6;
}
