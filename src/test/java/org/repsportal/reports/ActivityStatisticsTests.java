package org.repsportal.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
class ActivityStatisticsTests {

    @Autowired
    Program program;

    @Autowired
    Reports reports;

    @Autowired
    ActivityStatistics statistics;

    @Autowired
    Clock clock;

    @Test
    void theStreakRunsBackUntilTheFirstGapOfMoreThanAWeekAndCountsAreByWindow() {
        Person rep = program.rep("Streaky");
        LocalDate today = LocalDate.now(clock);
        for (int daysAgo : new int[] {0, 5, 12, 25, 40, 70}) {
            file(rep, today.minusDays(daysAgo));
        }
        file(rep, today.minusDays(5));

        ActivityStats stats = statistics.of(List.of(rep.getId()), today).get(rep.getId());

        assertThat(stats.lastReportOn()).isEqualTo(today);
        assertThat(stats.reportsLast4Weeks()).isEqualTo(5);
        assertThat(stats.reportsLast8Weeks()).isEqualTo(6);
        assertThat(stats.currentStreakWeeks()).isEqualTo(2);
    }

    @Test
    void aStreakIsBrokenWhenTheLastReportIsMoreThanAWeekOld() {
        Person rep = program.rep("Lapsed");
        LocalDate today = LocalDate.now(clock);
        file(rep, today.minusDays(8));
        file(rep, today.minusDays(10));

        assertThat(statistics.of(List.of(rep.getId()), today).get(rep.getId()).currentStreakWeeks()).isZero();
    }

    @Test
    void someoneWhoNeverReportedHasEmptyStatistics() {
        Person rep = program.rep("Silent");
        assertThat(statistics.of(List.of(rep.getId()), LocalDate.now(clock)).get(rep.getId()))
                .isEqualTo(ActivityStats.none(rep.getId()));
    }

    @Test
    void theLastReportDateIsKeptUpByEveryWriteToTheReports() {
        Person rep = program.rep("Kept");
        Person other = program.rep("KeptOther");
        LocalDate today = LocalDate.now(clock);
        assertThat(statistics.lastReportedOn(List.of(rep.getId()))).isEmpty();

        file(rep, today.minusDays(20));
        file(rep, today.minusDays(3));
        file(rep, today.minusDays(9));
        file(other, today.minusDays(1));
        assertThat(statistics.lastReportedOn(List.of(rep.getId(), other.getId())))
                .containsEntry(rep.getId(), today.minusDays(3)).containsEntry(other.getId(), today.minusDays(1));

        // rows written outside the service too: a report moved to another day, then removed
        jdbc.sql("update activity_reports set reported_on = :day where person_id = :rep and reported_on = :was")
                .param("day", today.minusDays(30)).param("rep", rep.getId()).param("was", today.minusDays(3)).update();
        assertThat(statistics.lastReportedOn(List.of(rep.getId()))).containsEntry(rep.getId(), today.minusDays(9));
        jdbc.sql("delete from activity_reports where person_id = :rep").param("rep", rep.getId()).update();
        assertThat(statistics.lastReportedOn(List.of(rep.getId(), other.getId())))
                .doesNotContainKey(rep.getId()).containsEntry(other.getId(), today.minusDays(1));
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private void file(Person rep, LocalDate day) {
        reports.file(program.actor(rep), new NewReport(day, "ATTENDED_EVENT", "EVENTS", "Was there", null, null, null));
    }
}
