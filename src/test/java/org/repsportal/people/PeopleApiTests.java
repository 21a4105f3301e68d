package org.repsportal.people;

import org.junit.jupiter.api.Test;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class PeopleApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Test
    void meDescribesTheCallerWithTheirMentor() throws Exception {
        Person mentor = program.mentor("Mona");
        Person rep = program.rep("Rafa");
        program.assign(rep, mentor);

        mvc.perform(get("/api/v1/me").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(rep.getId()))
                .andExpect(jsonPath("$.email").value(rep.getEmail()))
                .andExpect(jsonPath("$.roles", hasItem("REP")))
                .andExpect(jsonPath("$.mentorId").value(mentor.getId()));
    }

    @Test
    void withoutATokenTheApiAnswersWithAnUnauthorizedProblem() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void aWrongTokenIsUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer not-a-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anUnknownPersonIsANotFoundProblem() throws Exception {
        Person rep = program.rep("Nadia");
        mvc.perform(get("/api/v1/people/{id}", 987654321L).header("Authorization", Program.bearer(rep)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void othersDoNotSeeAPersonsEmailButTheirMentorDoes() throws Exception {
        Person mentor = program.mentor("Mila");
        Person rep = program.rep("Ron");
        Person stranger = program.rep("Stan");
        program.assign(rep, mentor);

        mvc.perform(get("/api/v1/people/{id}", rep.getId()).header("Authorization", Program.bearer(stranger)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Ron"))
                .andExpect(jsonPath("$.email").value(nullValue()));
        mvc.perform(get("/api/v1/people/{id}", rep.getId()).header("Authorization", Program.bearer(mentor)))
                .andExpect(jsonPath("$.email").value(rep.getEmail()));
    }
}
