package org.repsportal.mentorship;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A change of mentor is confirmed only by its own three people, each with their own link: anyone else finds nothing. */
@PortalTest
class ReassignmentLinksTests {

    @Autowired Program program;
    @Autowired Reassignments reassignments;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @Test
    void confirmingSomeoneElsesChangeOfMentorByLinkOrApiIsNotFoundAndChangesNothing() throws Exception {
        Person mentee = program.rep("Linked Mentee");
        Person from = program.mentor("Linked From");
        Person to = program.mentor("Linked To");
        Person stranger = program.mentor("Linked Stranger");
        program.assign(mentee, from);
        long id = reassignments.propose(program.actor(mentee), mentee.getId(), to.getId(), "shared language");
        String toToken = jdbc.sql("select to_token from reassignments where id = ?").param(id).query(String.class).single();
        var strangerSession = SignIn.as(mvc, stranger);
        var fromSession = SignIn.as(mvc, from);

        mvc.perform(post("/api/v1/mentorship/reassignments/{id}/agree", id).header("Authorization", Program.bearer(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/mentorship/reassignments/{id}", id).header("Authorization", Program.bearer(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/mentorship/reassignments/answer/{token}/agree", toToken)
                        .header("Authorization", Program.bearer(from)).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/mentorship/reassignments/answer/{token}", toToken).cookie(strangerSession))
                .andExpect(status().isNotFound());
        mvc.perform(post("/mentorship/reassignments/answer/{token}/agree", toToken).cookie(fromSession).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/mentorship/reassignments/answer/{token}/decline", toToken).cookie(strangerSession).with(csrf())
                        .param("reason", "not mine"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/mentorship/reassignments/{id}/agree", id).cookie(strangerSession).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/mentorship/reassignments/answer/{token}/agree", "no-such-link").cookie(fromSession).with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(jdbc.sql("select to_agreed_at is null and from_agreed_at is null and state = 'PROPOSED' from reassignments where id = ?")
                .param(id).query(Boolean.class).single()).as("nobody's answer was recorded").isTrue();

        mvc.perform(post("/mentorship/reassignments/answer/{token}/agree", toToken).cookie(SignIn.as(mvc, to)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select to_agreed_at is not null from reassignments where id = ?").param(id)
                .query(Boolean.class).single()).as("the link works for the one it was sent to").isTrue();
    }
}
