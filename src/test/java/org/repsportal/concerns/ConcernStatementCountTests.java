package org.repsportal.concerns;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.Statements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** The Council's queue and the reporter's list read as many statements for a full page as for a nearly empty one. */
@PortalTest
class ConcernStatementCountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    Concerns concerns;

    @Test
    void theCouncilsQueueAndTheReportersListDoNotGrowWithWhatTheyShow() throws Exception {
        Person council = program.council("Counting Council");
        Person few = program.mentor("Few Things");
        Person many = program.mentor("Many Things");
        fill(few, 2);
        long queueForFew = Statements.forPage(mvc, "/council/concerns?state=all", council);
        fill(many, 25);

        assertThat(Statements.forPage(mvc, "/council/concerns?state=all", council)).isEqualTo(queueForFew);
        assertThat(Statements.forPage(mvc, "/api/v1/council/concerns?state=all", council))
                .isEqualTo(Statements.forPage(mvc, "/api/v1/council/concerns?state=NEW", council));
        assertThat(Statements.forPage(mvc, "/concerns", many)).isEqualTo(Statements.forPage(mvc, "/concerns", few));
    }

    private void fill(Person mentor, int n) {
        for (int i = 0; i < n; i++) {
            concerns.raise(program.actor(mentor), new NewConcern("SUCCESS_OR_IDEA", null, "Idea " + i, "Details", false, false));
        }
    }
}
