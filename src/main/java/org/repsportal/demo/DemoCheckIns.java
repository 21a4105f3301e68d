package org.repsportal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.repsportal.checkins.CheckIns;
import org.repsportal.checkins.CheckInsImport;
import org.repsportal.checkins.CheckInsImport.PastCheckIn;
import org.repsportal.checkins.PlanCheckIn;
import org.repsportal.people.People;
import org.springframework.stereotype.Component;

/**
 * Check-ins of mentor@example.org over the past months: monthly with most mentees, one planned for next
 * week, and one mentorship whose last check-in is long enough ago to be overdue.
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

    DemoCheckIns(CheckInsImport imports, CheckIns checkIns, People people, Clock clock) {
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
}
