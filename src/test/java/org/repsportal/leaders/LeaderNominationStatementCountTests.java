package org.repsportal.leaders;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.Statements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** The pipeline of emerging leaders and a mentor's nomination page do not grow with what they show. */
@PortalTest
class LeaderNominationStatementCountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    LeaderNominations nominations;

    @Test
    void thePipelineAndTheNominationPageDoNotGrowWithTheNominations() throws Exception {
        Person council = program.council("Counting Council");
        Person few = program.mentor("Few Nominations");
        Person many = program.mentor("Many Nominations");
        fill(few, 2);
        long pipelineForFew = Statements.forPage(mvc, "/council/nominations", council);
        fill(many, 25);

        assertThat(Statements.forPage(mvc, "/council/nominations", council)).isEqualTo(pipelineForFew);
        assertThat(Statements.forPage(mvc, "/council/nominations/new", many))
                .isEqualTo(Statements.forPage(mvc, "/council/nominations/new", few));
    }

    private void fill(Person mentor, int n) {
        for (int i = 0; i < n; i++) {
            Person mentee = program.rep("Mentee " + i);
            program.assign(mentee, mentor);
            nominations.nominate(program.actor(mentor), new NewLeaderNomination(mentee.getId(), "Reason " + i));
        }
    }
}
