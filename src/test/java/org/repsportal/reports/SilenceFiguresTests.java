package org.repsportal.reports;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.Statements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who went silent is read from every active Rep, so it is kept between views; a report changes it only when it ends
 * a silence of six months or more, and then the next view sees it.
 */
@PortalTest
class SilenceFiguresTests {

    @Autowired Program program;
    @Autowired ReportQueries queries;
    @Autowired Reports reports;
    @Autowired ReportsImport reportsImport;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void theSilenceOfAnUnchangedProgramIsReadWithOneStatement() throws Exception {
        program.rep("Silence Unchanged");
        var first = silence();

        var statements = Statements.recordedWhile(() -> assertThat(silence()).isEqualTo(first));

        assertThat(statements).hasSize(1);
        assertThat(statements.get(0).sql()).contains("program_changes");
    }

    @Test
    void aFirstReportOfSomeoneSilentSinceJoiningIsSeenOnTheNextView() {
        Person rep = program.rep("Silence First Report");
        long silentBefore = silence().sinceFirstCutoff();

        file(rep, today());

        assertThat(silence().sinceFirstCutoff()).isEqualTo(silentBefore - 1);
    }

    @Test
    void aReportEndingASilenceOfMonthsIsSeenOnTheNextView() {
        Person rep = program.rep("Silence Long Quiet");
        reportsImport.importAll(java.util.List.of(new ReportsImport.ImportedReport(rep.getId(),
                new NewReport(today().minusMonths(8), "ATTENDED_EVENT", "EVENTS", "Long ago", null, null, null))));
        long silentBefore = silence().sinceFirstCutoff();

        file(rep, today());

        assertThat(silence().sinceFirstCutoff()).isEqualTo(silentBefore - 1);
    }

    @Test
    void aReportOfSomeoneAlreadyActiveLeavesTheKeptFiguresAlone() {
        Person rep = program.rep("Silence Busy");
        file(rep, today().minusDays(7));
        silence();
        long version = version();

        file(rep, today());

        assertThat(version()).isEqualTo(version);
    }

    private ReportQueries.Silence silence() {
        return queries.silence(today().minusMonths(6), today().minusMonths(12), 10);
    }

    private long version() {
        return jdbc.sql("select version from program_changes where id = 1").query(Long.class).single();
    }

    private void file(Person rep, LocalDate day) {
        reports.file(program.actor(rep), new NewReport(day, "ATTENDED_EVENT", "EVENTS", "Was there", null, null, null));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
