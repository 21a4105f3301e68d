package org.repsportal.leaders;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.Mailbox;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Mentors nominate mentees; the Council follows up and decides when the nominee hears of it. */
@PortalTest
class EmergingLeadersTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    Mailbox mailbox;

    @Autowired
    Clock clock;

    @Test
    void aMentorNominatesTheirOwnMenteeAndNobodyElse() throws Exception {
        Person mentor = program.mentor("Nominating Nadia");
        Person mentee = program.menteeOf(mentor, "Rising Rosa");
        Person notMine = program.rep("Someone Else's Sami");
        program.assign(notMine, program.mentor("Other Otto"));

        mvc.perform(nominate(mentor, notMine.getId(), "Great organiser")).andExpect(status().isForbidden());
        mvc.perform(nominate(mentor, mentee.getId(), "")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("reason")));
        mvc.perform(nominate(mentor, mentee.getId(), "Runs the study group every week"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber());
        mvc.perform(nominate(mentor, mentee.getId(), "Again")).andExpect(status().isUnprocessableContent());
        mvc.perform(nominate(mentee, mentee.getId(), "Myself")).andExpect(status().isForbidden());
    }

    @Test
    void theNomineeSeesNothingUntilTheCouncilTellsThem() throws Exception {
        Person mentor = program.mentor("Quiet Quincy");
        Person nominee = program.menteeOf(mentor, "Unaware Ulla");
        Person council = program.council("Deciding Dora");
        long id = created(mvc.perform(nominate(mentor, nominee.getId(), "Brought two new contributors to Localization")).andReturn());

        for (MockHttpServletRequestBuilder path : List.of(get("/council/nominations/" + id), get("/api/v1/nominations/" + id),
                post("/council/nominations/" + id + "/tell"), post("/api/v1/nominations/" + id + "/tell"),
                post("/council/nominations/" + id + "/follow-ups").param("on", LocalDate.now(clock).toString())
                        .param("note", "x").param("state", "INVITED"))) {
            assertThat(mvc.perform(as(nominee, path)).andReturn().getResponse().getStatus()).isEqualTo(404);
        }
        for (String list : List.of("/council/nominations", "/api/v1/nominations")) {
            assertThat(mvc.perform(as(nominee, get(list))).andReturn().getResponse().getStatus()).isEqualTo(403);
        }
        for (String page : List.of("/dashboard", "/council/nominations/new", "/api/v1/nominations/mine", "/concerns")) {
            mvc.perform(as(nominee, get(page))).andExpect(content().string(not(containsString("Brought two new contributors"))));
        }
        assertThat(mailsTo(nominee)).isEmpty();

        mvc.perform(as(council, get("/council/nominations"))).andExpect(content().string(containsString("Unaware Ulla")));
        mvc.perform(as(council, post("/council/nominations/" + id + "/follow-ups")
                        .param("on", LocalDate.now(clock).toString()).param("note", "Talked with the mentor").param("state", "FOLLOWING_UP")))
                .andExpect(redirectedUrl("/council/nominations/" + id));
        assertThat(mailsTo(nominee)).isEmpty();

        mvc.perform(as(council, post("/council/nominations/" + id + "/tell"))).andExpect(redirectedUrl("/council/nominations/" + id));
        assertThat(mailsTo(nominee)).singleElement().satisfies(mail -> assertThat(mail).startsWith("COUNCIL ")
                .contains("Quiet Quincy, your mentor, nominated you"));
        mvc.perform(as(council, post("/api/v1/nominations/" + id + "/tell"))).andExpect(status().isConflict());
        assertThat(mailsTo(nominee)).hasSize(1);
        mvc.perform(as(council, get("/api/v1/nominations/" + id)))
                .andExpect(jsonPath("$.state").value("FOLLOWING_UP"))
                .andExpect(jsonPath("$.nomineeToldAt").isNotEmpty())
                .andExpect(jsonPath("$.followUps[0].note").value("Talked with the mentor"));
    }

    @Test
    void theCouncilRecordsFollowUpsWithFieldErrorsForBadInput() throws Exception {
        Person mentor = program.mentor("Patient Pat");
        Person nominee = program.menteeOf(mentor, "Promising Pim");
        Person council = program.council("Careful Carl");
        long id = created(mvc.perform(nominate(mentor, nominee.getId(), "Calm and fair")).andReturn());

        mvc.perform(as(council, post("/council/nominations/" + id + "/follow-ups")
                        .param("on", LocalDate.now(clock).plusDays(3).toString()).param("note", "Kept <i>note</i>").param("state", "")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("followUp", "on", "council.nomination.followUp.on.future"))
                .andExpect(model().attributeHasFieldErrorCode("followUp", "state", "council.nomination.followUp.state.required"))
                .andExpect(content().string(containsString("Kept &lt;i&gt;note&lt;/i&gt;")));
        mvc.perform(as(council, post("/api/v1/nominations/" + id + "/follow-ups").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"on\": \"" + LocalDate.now(clock) + "\", \"note\": \"Not this year\", \"state\": \"NOT_NOW\"}")))
                .andExpect(status().isCreated());
        mvc.perform(as(council, get("/api/v1/nominations?state=NOT_NOW")))
                .andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
        mvc.perform(as(mentor, get("/council/nominations/new")))
                .andExpect(content().string(containsString("Promising Pim")))
                .andExpect(content().string(not(containsString("Not this year"))));
    }

    @Test
    void aCouncilMemberDoesNotSeeTheirOwnNomination() throws Exception {
        Person mentor = program.council("Mentoring Councillor");
        Person nominee = program.council("Nominated Councillor");
        program.assign(nominee, mentor);
        long id = created(mvc.perform(nominate(mentor, nominee.getId(), "Ready for more")).andReturn());
        assertThat(mvc.perform(as(nominee, get("/council/nominations/" + id))).andReturn().getResponse().getStatus()).isEqualTo(404);
        mvc.perform(as(nominee, get("/council/nominations"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/council/nominations/" + id + "\""))));
    }

    private MockHttpServletRequestBuilder nominate(Person mentor, long personId, String reason) {
        return post("/api/v1/nominations").header("Authorization", Program.bearer(mentor)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"personId\": %d, \"reason\": \"%s\"}".formatted(personId, reason));
    }

    private MockHttpServletRequestBuilder as(Person person, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", Program.bearer(person)).with(csrf());
    }

    private static long created(MvcResult result) throws Exception {
        String body = result.getResponse().getContentAsString();
        return Long.parseLong(body.replaceAll("\\D", ""));
    }

    private List<String> mailsTo(Person person) {
        return mailbox.to(person).list().stream().map(m -> m.category() + " " + m.body()).toList();
    }
}
