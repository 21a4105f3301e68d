package org.repsportal.mentorship;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A daily job of a large program asks for the mentors of tens of thousands of Reps at once. */
@PortalTest
class ManyMenteesTests {

    @Autowired Program program;
    @Autowired Mentorships mentorships;

    @Test
    void theMentorsOfMoreRepsThanAStatementTakesParametersAreFound() {
        Person mentor = program.mentor("Many Mentees Mentor");
        Person rep = program.rep("Many Mentees Rep");
        program.assign(rep, mentor);
        List<Long> ids = new ArrayList<>();
        for (long id = 1; ids.size() < 70_000; id++) {
            ids.add(-id);
        }
        ids.add(rep.getId());

        assertThat(mentorships.currentMentorIds(ids)).containsExactlyEntriesOf(java.util.Map.of(rep.getId(), mentor.getId()));
    }
}
