package org.repsportal.dashboard;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.reports.NewReport;
import org.repsportal.reports.Reports;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The Council's list of mentors counts, for each, the mentees silent for longer than the inactivity threshold. */
@PortalTest
class MentorRowsTests {

    @Autowired Program program;
    @Autowired Reports reports;
    @Autowired ProgramOverview overview;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void menteesSilentSinceTheirLastReportOrSinceTheyJoinedCountAsInactive() {
        LocalDate today = LocalDate.now(clock);
        Person mentor = program.mentor("Rows Mentor");
        Person recent = program.rep("Rows Reported Recently");
        Person quiet = program.rep("Rows Reported Long Ago");
        Person newcomer = program.rep("Rows Newcomer");
        Person neverReported = program.rep("Rows Never Reported");
        for (Person rep : new Person[] {recent, quiet, newcomer, neverReported}) {
            program.assign(rep, mentor);
        }
        reports.file(program.actor(recent), new NewReport(today.minusDays(3), "ATTENDED_EVENT", "EVENTS", "Went", null, null, null));
        reports.file(program.actor(quiet), new NewReport(today.minusDays(40), "ATTENDED_EVENT", "EVENTS", "Went", null, null, null));
        jdbc.sql("update people set joined_on = :joined where id = :id")
                .param("joined", today.minusDays(90)).param("id", neverReported.getId()).update();
        jdbc.sql("update people set joined_on = :joined where id = :id")
                .param("joined", today.minusDays(5)).param("id", newcomer.getId()).update();

        var rows = overview.mentors(program.actor(program.council("Rows Council")), 0, 1000).items();

        var row = rows.stream().filter(r -> r.mentorId() == mentor.getId()).findFirst().orElseThrow();
        assertThat(row.mentees()).isEqualTo(4);
        assertThat(row.inactiveMentees()).as("the one silent for 40 days and the one who joined 90 days ago").isEqualTo(2);
    }
}
