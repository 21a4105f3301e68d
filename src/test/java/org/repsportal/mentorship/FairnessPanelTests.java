package org.repsportal.mentorship;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Council dashboard's fairness panel reads the program as it stands. */
@PortalTest
class FairnessPanelTests {

    @Autowired Program program;
    @Autowired Mentorships mentorships;
    @Autowired MentorshipQueries queries;
    @Autowired MockMvc mvc;

    @Test
    void aMentorWithoutMenteesAndOneBeyondTheirCapacityCountOnTheCouncilsPanel() throws Exception {
        program.fixtureCouncil(); // a mentor too, created by the first assignment of the fixture
        var before = queries.fairness();
        Person council = program.council("Fairness Council");

        program.mentor("Fairness Idle");
        Person busy = program.mentor("Fairness Busy");
        mentorships.setCapacity(program.actor(council), busy.getId(), 1);
        program.assign(program.rep("Fairness First"), busy);
        program.assign(program.rep("Fairness Second"), busy);

        var after = queries.fairness();
        // the council member is a mentor without mentees too
        assertThat(after.mentors()).isEqualTo(before.mentors() + 3);
        assertThat(after.withoutMentees()).isEqualTo(before.withoutMentees() + 2);
        assertThat(after.overCapacity()).isEqualTo(before.overCapacity() + 1);
        assertThat(after.mentees()).isEqualTo(before.mentees() + 2);
        assertThat(after.min()).isZero();

        String spread = after.min() + " / " + new java.text.DecimalFormat("#.##").format(after.median()) + " / " + after.max();
        mvc.perform(get("/dashboard").header("Authorization", Program.bearer(council)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(spread)))
                .andExpect(content().string(containsString(new java.text.DecimalFormat("#.#").format(after.ratio()) + ":1 (10:1)")));
    }
}
