package org.repsportal.feedback;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** POST /api/v1/feedback answers 201 with its Location, bad input RFC 9457 problems; the contacts answer through the API. */
@PortalTest
class FeedbackApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Test
    void feedbackSentThroughTheApiIsCreatedAtItsLocationAndFollowedToItsAnswer() throws Exception {
        Person rep = program.rep("Api Sender");
        Person council = program.council("Api Council");
        MvcResult created = mvc.perform(post("/api/v1/feedback").header("Authorization", Program.bearer(rep))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\":\"LEADERSHIP\",\"subject\":\"Shorter report form\",\"text\":\"Reports take long on a phone.\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("RECEIVED"))
                .andReturn();
        String location = created.getResponse().getHeader("Location");
        assertThat(location).matches("/api/v1/feedback/\\d+");

        mvc.perform(get(location).header("Authorization", Program.bearer(rep)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.to").value("LEADERSHIP"))
                .andExpect(jsonPath("$.subject").value("Shorter report form"))
                .andExpect(jsonPath("$.senderName").value("Api Sender"))
                .andExpect(jsonPath("$.answer").value(org.hamcrest.Matchers.nullValue()));
        mvc.perform(post(location + "/answer").header("Authorization", Program.bearer(council))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answer\":\"Not yet\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(post(location + "/acknowledge").header("Authorization", Program.bearer(council)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ACKNOWLEDGED"));
        mvc.perform(post(location + "/answer").header("Authorization", Program.bearer(council))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answer\":\"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("answer")));
        mvc.perform(post(location + "/answer").header("Authorization", Program.bearer(council))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answer\":\"A shorter form is planned.\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("CLOSED"));
        mvc.perform(get(location).header("Authorization", Program.bearer(rep)))
                .andExpect(jsonPath("$.state").value("CLOSED"))
                .andExpect(jsonPath("$.answer").value("A shorter form is planned."));
        mvc.perform(get("/api/v1/feedback").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].subject").value("Shorter report form"))
                .andExpect(jsonPath("$.items[0].state").value("CLOSED"));
    }

    @Test
    void badInputIsAProblemNamingTheFieldsAndOthersFeedbackIsNotFound() throws Exception {
        Person rep = program.rep("Api Careless");
        mvc.perform(post("/api/v1/feedback").header("Authorization", Program.bearer(rep))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("to", "subject", "text")));
        mvc.perform(post("/api/v1/feedback").header("Authorization", Program.bearer(rep))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"to\":\"LEADERSHIP\",\"subject\":\"S\",\"text\":\"T\",\"menteeId\":1}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(post("/api/v1/feedback").header("Authorization", Program.bearer(rep))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"to\":\"LEADERSHIP\""))
                .andExpect(status().isBadRequest());

        String location = mvc.perform(post("/api/v1/feedback").header("Authorization", Program.bearer(rep))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"to\":\"LEADERSHIP\",\"subject\":\"S\",\"text\":\"T\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        mvc.perform(get(location).header("Authorization", Program.bearer(program.mentor("Api Stranger"))))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/feedback/inbox").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/feedback/inbox").param("state", "LOST").header("Authorization", Program.bearer(program.council("Api Filter"))))
                .andExpect(status().isBadRequest());
    }
}
