package org.repsportal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.repsportal.checkins.CadenceWatch;
import org.repsportal.checkins.CheckInTracking;
import org.repsportal.checkins.CheckIns;
import org.repsportal.checkins.CheckInsImport;
import org.repsportal.checkins.CheckInsImport.PastCheckIn;
import org.repsportal.checkins.PlanCheckIn;
import org.repsportal.mentorship.MentorshipQueries;
import org.repsportal.people.People;
import org.springframework.stereotype.Component;

/**
 * Check-ins of mentor@example.org over the past months: monthly with most mentees, one planned for next
 * week, and one mentorship whose last check-in is long enough ago to be overdue. Across the program check-ins
 * have been tracked for about three months: most mentorships met within the last month, those of three mentors
 * did not, so the daily watch's first run escalates a handful of mentors to the Council, not every mentorship.
 */
@Component
class DemoCheckIns {

    private static final List<List<String>> GOALS = List.of(
            List.of("Hear how the campus meetup went", "Agree on the metrics for the next event"),
            List.of("Ask for feedback on the new report form"),
            List.of("Plan the localization sprint", "Find a co-organiser"),
            List.of("Talk about the budget request before it is filed"));

    private final CheckInsImport imports;
    private final CheckIns checkIns;
    private final People people;
    private final Clock clock;
    private final MentorshipQueries mentorships;
    private final CheckInTracking tracking;
    private final CadenceWatch watch;

    DemoCheckIns(CheckInsImport imports, CheckIns checkIns, People people, Clock clock, MentorshipQueries mentorships,
                 CheckInTracking tracking, CadenceWatch watch) {
        this.mentorships = mentorships;
        this.tracking = tracking;
        this.watch = watch;
        this.imports = imports;
        this.checkIns = checkIns;
        this.people = people;
        this.clock = clock;
    }

    void seed(long mentorId, List<Long> mentees) {
        LocalDate today = LocalDate.now(clock);
        ZoneId zone = ZoneId.of(people.get(mentorId).getTimeZone());
        var past = new ArrayList<PastCheckIn>();
        for (int m = 0; m < mentees.size(); m++) {
            long mentee = mentees.get(m);
            // the last mentee's last check-in was 50 days ago: with a monthly cadence it is overdue
            int lastDaysAgo = m == mentees.size() - 1 ? 50 : 6 + 4 * m;
            for (int month = 0; month < 4; month++) {
                LocalDate day = today.minusDays(lastDaysAgo + 30L * month);
                past.add(new PastCheckIn(mentorId, mentee, day.atTime(LocalTime.of(17, 30)).atZone(zone).toInstant(), zone,
                        GOALS.get((m + month) % GOALS.size()),
                        "We talked through the goals; next time we look at what came of them.",
                        month == 0 ? "Helpful, thank you!" : null));
            }
        }
        imports.importAll(past);
        var mentor = people.actorFor(mentorId).orElseThrow();
        checkIns.plan(mentor, new PlanCheckIn(mentees.get(0), today.plusDays(7).atTime(17, 0), zone.getId(),
                List.of("Review the event plan together", "Ask how the new role feels")));
    }

    /**
     * The rest of the program's check-ins: one in the last month for every current mentorship but mentor@example.org's
     * (seeded above) and those of the given lagging mentors; then the cadence watch's first run.
     */
    void seedProgram(long mentorId, List<Long> laggingMentors, LocalDate today) {
        tracking.trackedSince(today.minusDays(100));
        var past = new ArrayList<PastCheckIn>();
        int n = 0;
        var zones = new java.util.HashMap<Long, ZoneId>();
        for (var a : mentorships.allCurrentAssignments()) {
            if (a.mentorId() == mentorId || laggingMentors.contains(a.mentorId())) {
                continue;
            }
            ZoneId zone = zones.computeIfAbsent(a.mentorId(), id -> ZoneId.of(people.get(id).getTimeZone()));
            LocalDate day = today.minusDays(3 + (n++ % 24));
            past.add(new PastCheckIn(a.mentorId(), a.menteeId(), day.atTime(LocalTime.of(18, 0)).atZone(zone).toInstant(), zone,
                    GOALS.get(n % GOALS.size()), "We went through the goals and agreed on the next steps.", null));
        }
        imports.importAll(past);
        watch.watch(today);
    }
}
