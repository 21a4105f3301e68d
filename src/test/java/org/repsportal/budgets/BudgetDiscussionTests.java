package org.repsportal.budgets;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.repsportal.events.Events;
import org.repsportal.events.NewEvent;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The discussion on a request's page: written by the Council and the requester's mentor, read by all who see the request. */
@PortalTest
class BudgetDiscussionTests {

    @Autowired MockMvc mvc;
    @Autowired Program program;
    @Autowired Events events;
    @Autowired Budgets budgets;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void theMentorAndTheCouncilDiscussThePassedOnRequestAndTheRepReadsWithoutWriting() throws Exception {
        Person rep = program.rep("Ayla");
        Person mentor = program.mentor("Benedikt");
        program.assign(rep, mentor);
        Person council = program.council("Cosima");
        Person other = program.mentor("Dario");
        long id = passedOn(rep, mentor);

        mvc.perform(post("/budgets/" + id + "/comments").cookie(SignIn.as(mvc, mentor)).with(csrf())
                        .param("body", "The venue is the town library; they donated the room last year too."))
                .andExpect(redirectedUrl("/budgets/" + id + "#discussion"));
        mvc.perform(post("/api/v1/budgets/" + id + "/comments").header("Authorization", Program.bearer(council))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"Could the catering be shared with the library?\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.authorId").value(council.getId()));

        mvc.perform(post("/api/v1/budgets/" + id + "/comments").header("Authorization", Program.bearer(rep))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"Please approve\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/budgets/" + id + "/comments").header("Authorization", Program.bearer(other))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"I know this Rep\"}"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from budget_comments where request_id = ?").param(id).query(Long.class).single())
                .isEqualTo(2);

        mvc.perform(get("/api/v1/budgets/" + id).header("Authorization", Program.bearer(rep)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.discussion.length()").value(2))
                .andExpect(jsonPath("$.discussion[0].authorId").value(mentor.getId()))
                .andExpect(jsonPath("$.discussion[1].body").value("Could the catering be shared with the library?"));
        mvc.perform(get("/budgets/" + id).cookie(SignIn.as(mvc, rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("they donated the room last year too.")))
                .andExpect(content().string(containsString("Could the catering be shared with the library?")))
                .andExpect(content().string(not(containsString("id=\"comment-form\""))));
        mvc.perform(get("/budgets/" + id).cookie(SignIn.as(mvc, council)))
                .andExpect(content().string(containsString("id=\"comment-form\"")));
    }

    @Test
    void aRefusedCommentComesBackWithWhatWasTypedAndNothingIsStored() throws Exception {
        Person rep = program.rep("Eamon");
        Person mentor = program.mentor("Fenna");
        program.assign(rep, mentor);
        Person council = program.council("Gaspard");
        long id = passedOn(rep, mentor);
        String tooLong = "A long view on the agenda. ".repeat(200);

        mvc.perform(post("/budgets/" + id + "/comments").cookie(SignIn.as(mvc, council)).with(csrf()).param("body", tooLong))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("comment", "body", "budget.text.long"))
                .andExpect(content().string(containsString("A long view on the agenda. A long view")));
        mvc.perform(post("/budgets/" + id + "/comments").cookie(SignIn.as(mvc, council)).with(csrf()).param("body", "   "))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("comment", "body", "budget.comment.required"));
        mvc.perform(post("/api/v1/budgets/" + id + "/comments").header("Authorization", Program.bearer(council))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        assertThat(jdbc.sql("select count(*) from budget_comments where request_id = ?").param(id).query(Long.class).single())
                .isZero();
    }

    @Test
    void aCouncilMemberWhoFiledTheRequestReadsItsDiscussionButDoesNotWriteInIt() throws Exception {
        Person councilRep = program.council("Hedda");
        Person councilMentor = program.council("Ivo");
        program.assign(councilRep, councilMentor);
        long id = passedOn(councilRep, councilMentor);
        mvc.perform(post("/api/v1/budgets/" + id + "/comments").header("Authorization", Program.bearer(councilMentor))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"As the mentor: the plan is sound.\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/budgets/" + id + "/comments").header("Authorization", Program.bearer(councilRep))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"Mine, and I agree\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/budgets/" + id).cookie(SignIn.as(mvc, councilRep)))
                .andExpect(content().string(containsString("As the mentor: the plan is sound.")))
                .andExpect(content().string(not(containsString("id=\"comment-form\""))));
    }

    private long passedOn(Person rep, Person mentor) {
        LocalDate on = LocalDate.now(clock).plusDays(40);
        long event = events.plan(program.actor(rep), new NewEvent("Library day", "MEETUP", on, on, "Europe/Berlin", false,
                "Town library", 30, "Welcome new contributors",
                List.of(new NewEvent.Item("10:00", "Welcome"), new NewEvent.Item("11:00", "Talks"), new NewEvent.Item("15:00", "Wrap-up")),
                List.of(new NewEvent.Target("Attendees", "30"), new NewEvent.Target("Sign-ups", "10"), new NewEvent.Target("Posts", "3")),
                Set.of(), null));
        long id = budgets.draft(program.actor(rep), new NewBudget(event, "USD",
                List.of(new NewBudget.Line("CATERING", "Snacks", "30", "3")), "Asked the library for the room", null, null));
        budgets.submit(program.actor(rep), id);
        budgets.review(program.actor(mentor), id, BudgetsApiTests.allOk(true));
        return id;
    }
}
