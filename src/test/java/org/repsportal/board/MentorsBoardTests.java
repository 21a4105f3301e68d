package org.repsportal.board;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.Mailbox;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class MentorsBoardTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    Mailbox mailbox;

    @Autowired
    MentorsBoard board;

    @Test
    void aRepWhoIsNotAMentorIsKeptOut() throws Exception {
        Person rep = program.rep("Curious Cora");
        long thread = board.start(program.actor(program.mentor("Posting Paul")), new NewPost("Check-ins", "How often?")).getId();
        for (MockHttpServletRequestBuilder path : List.of(get("/board"), get("/board/new"), get("/board/" + thread),
                post("/board").param("title", "t").param("body", "b"), post("/board/" + thread + "/replies").param("body", "b"),
                post("/board/" + thread + "/follow"), get("/api/v1/board/threads"), get("/api/v1/board/threads/" + thread),
                post("/api/v1/board/threads/" + thread + "/replies").contentType(MediaType.APPLICATION_JSON).content("{\"body\": \"b\"}"))) {
            assertThat(mvc.perform(as(rep, path)).andReturn().getResponse().getStatus()).isEqualTo(403);
        }
        mvc.perform(as(rep, get("/board"))).andExpect(content().string(containsString("for mentors and the Council")));
    }

    @Test
    void followersGetAMailForEachReplyButNotForTheirOwn() throws Exception {
        Person author = program.mentor("Asking Astrid");
        Person follower = program.mentor("Following Fred");
        Person bystander = program.mentor("Bystanding Bea");
        Person council = program.council("Answering Arne");

        String location = mvc.perform(as(author, post("/board").param("title", "Mentee went quiet").param("body", "What would you do?")))
                .andExpect(redirectedUrlPattern("/board/*")).andReturn().getResponse().getRedirectedUrl();
        long thread = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(as(follower, put("/api/v1/board/threads/" + thread + "/follow"))).andExpect(status().isNoContent());

        mvc.perform(as(council, post("/board/" + thread + "/replies").param("body", "Write to them, no pressure.")))
                .andExpect(redirectedUrlPattern("/board/" + thread + "*"));
        assertThat(mailsTo(author)).containsExactly("MENTORS_BOARD");
        assertThat(mailsTo(follower)).containsExactly("MENTORS_BOARD");
        assertThat(mailsTo(bystander)).isEmpty();
        assertThat(mailsTo(council)).isEmpty();

        mvc.perform(as(follower, post("/api/v1/board/threads/" + thread + "/replies").contentType(MediaType.APPLICATION_JSON)
                .content("{\"body\": \"Agreed.\"}"))).andExpect(status().isCreated());
        assertThat(mailsTo(author)).hasSize(2);
        assertThat(mailsTo(follower)).as("not for their own reply").hasSize(1);

        mvc.perform(as(follower, delete("/api/v1/board/threads/" + thread + "/follow"))).andExpect(status().isNoContent());
        mvc.perform(as(author, post("/board/" + thread + "/replies").param("body", "Thanks all")));
        assertThat(mailsTo(follower)).hasSize(1);
        assertThat(mailsTo(author)).as("not for their own reply").hasSize(2);

        String mail = mailbox.to(author).first().text();
        assertThat(mail).contains("Mentee went quiet").contains("Answering Arne").contains("/board/" + thread);
    }

    @Test
    void threadsAreListedNewestActivityFirstAndTheirTextIsEscapedWithLineBreaksKept() throws Exception {
        Person mentor = program.mentor("Careful Clara");
        long older = board.start(program.actor(mentor), new NewPost("Older thread", "First line\nsecond line <script>alert(1)</script>")).getId();
        long newer = board.start(program.actor(mentor), new NewPost("Newer thread", "Body")).getId();
        board.reply(program.actor(program.mentor("Replying Rolf")), older, "A reply moves it up");

        mvc.perform(as(mentor, get("/api/v1/board/threads").param("size", "2")))
                .andExpect(jsonPath("$.items[0].id").value((int) older))
                .andExpect(jsonPath("$.items[1].id").value((int) newer))
                .andExpect(jsonPath("$.items[0].following").value(true));
        mvc.perform(as(mentor, get("/board/" + older)))
                .andExpect(content().string(containsString("First line\nsecond line &lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("class=\"council-text")))
                .andExpect(content().string(containsString("A reply moves it up")));
    }

    @Test
    void anEmptyThreadIsAFieldErrorWithTheTypedTitleKept() throws Exception {
        Person mentor = program.mentor("Hurried Hugo");
        mvc.perform(as(mentor, post("/board").param("title", "Kept \"title\"").param("body", " ")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("post", "body", "board.body.required"))
                .andExpect(content().string(containsString("value=\"Kept &quot;title&quot;\"")));
        long thread = board.start(program.actor(mentor), new NewPost("A thread", "Body")).getId();
        mvc.perform(as(mentor, post("/board/" + thread + "/replies").param("body", "")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("reply", "body", "board.body.required"));
        mvc.perform(as(mentor, post("/api/v1/board/threads").contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"\", \"body\": \"b\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
    }

    private MockHttpServletRequestBuilder as(Person person, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", Program.bearer(person)).with(csrf());
    }

    private List<String> mailsTo(Person person) {
        return mailbox.to(person).categories();
    }
}
