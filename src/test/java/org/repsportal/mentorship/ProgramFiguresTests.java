package org.repsportal.mentorship;

import org.junit.jupiter.api.Test;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.Statements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The program-wide figures are kept between views and computed again as soon as the program changed. */
@PortalTest
class ProgramFiguresTests {

    @Autowired Program program;
    @Autowired MentorshipQueries queries;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void figuresOfAnUnchangedProgramAreReadWithOneStatement() throws Exception {
        program.rep("Figures Waiting");
        var first = queries.repsWithoutActiveMentor(0, 10);

        var statements = Statements.recordedWhile(() -> assertThat(queries.repsWithoutActiveMentor(0, 10)).isEqualTo(first));

        assertThat(statements).hasSize(1);
        assertThat(statements.get(0).sql()).contains("program_changes");
    }

    @Test
    void aChangeWrittenByAnyoneIsSeenOnTheNextView() {
        program.rep("Figures Newcomer");
        var before = queries.repsWithoutActiveMentor(0, 10);
        long firstId = before.items().get(0).id();

        // written behind the portal's back, as another instance sharing the database would
        jdbc.sql("update people set display_name = 'Figures Renamed' where id = :id").param("id", firstId).update();
        program.rep("Figures Second Newcomer");

        var after = queries.repsWithoutActiveMentor(0, 10);
        assertThat(after.items().get(0).displayName()).isEqualTo("Figures Renamed");
        assertThat(after.total()).isEqualTo(before.total() + 1);
    }

    @Test
    void figuresSeenInsideATransactionThatIsRolledBackAreNotKept() {
        program.rep("Figures Kept Name");
        long firstId = queries.repsWithoutActiveMentor(0, 10).items().get(0).id();
        String name = queries.repsWithoutActiveMentor(0, 10).items().get(0).displayName();

        transactions.executeWithoutResult(status -> {
            jdbc.sql("update people set display_name = 'Figures Never Committed' where id = :id").param("id", firstId).update();
            assertThat(queries.repsWithoutActiveMentor(0, 10).items().get(0).displayName()).isEqualTo("Figures Never Committed");
            status.setRollbackOnly();
        });

        assertThat(queries.repsWithoutActiveMentor(0, 10).items().get(0).displayName()).isEqualTo(name);
    }
}
