package org.repsportal.reports;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.platform.CommentText;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A report's page: verifying an activity and commenting on it, through the forms a browser posts. */
@PortalTest
class ReportPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    Reports reports;

    @Autowired
    Clock clock;

    private long report(Person rep, String activity) {
        return reports.file(program.actor(rep), new NewReport(LocalDate.now(clock), activity, "EVENTS", "What I did", null, null, null))
                .getId();
    }

    @Test
    void theMentorCannotVerifyAnActivityThatIsNotVerifiableByPostingTheForm() throws Exception {
        Person mentor = program.mentor("Vera Verifier");
        Person rep = program.rep("Val Attendee");
        program.assign(rep, mentor);
        long id = report(rep, "ATTENDED_EVENT");

        mvc.perform(post("/reports/{id}/verify", id).cookie(SignIn.as(mvc, mentor)).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(reports.get(id).isVerified()).isFalse();
    }

    @Test
    void aMentorCannotVerifyTheActivityOfSomeoneElsesMentee() throws Exception {
        Person mentor = program.mentor("Own Mentor");
        Person other = program.mentor("Other Mentor");
        Person rep = program.rep("Org Anizer");
        program.assign(rep, mentor);
        long id = report(rep, "ORGANIZED_EVENT");

        mvc.perform(post("/reports/{id}/verify", id).cookie(SignIn.as(mvc, other)).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(reports.get(id).isVerified()).isFalse();
    }

    @Test
    void theRepsMentorVerifiesAVerifiableActivityOnceAndASecondTimeIsAConflict() throws Exception {
        Person mentor = program.mentor("True Mentor");
        Person rep = program.rep("Speaker Rep");
        program.assign(rep, mentor);
        long id = report(rep, "SPOKE_AT_EVENT");
        Cookie session = SignIn.as(mvc, mentor);

        mvc.perform(get("/reports/{id}", id).cookie(session))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/reports/" + id + "/verify")));
        mvc.perform(post("/reports/{id}/verify", id).cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/reports/" + id)).andExpect(flash().attribute("flash", "report.verified"));
        assertThat(reports.get(id).getVerifiedBy()).isEqualTo(mentor.getId());

        mvc.perform(get("/reports/{id}", id).cookie(session))
                .andExpect(content().string(not(containsString("/reports/" + id + "/verify"))));
        mvc.perform(post("/reports/{id}/verify", id).cookie(session).with(csrf()))
                .andExpect(status().isConflict());
    }

    @Test
    void aCommentIsStoredAndShownOnTheReport() throws Exception {
        Person mentor = program.mentor("Comment Mentor");
        Person rep = program.rep("Comment Rep");
        program.assign(rep, mentor);
        long id = report(rep, "ATTENDED_EVENT");
        Cookie session = SignIn.as(mvc, mentor);

        mvc.perform(post("/reports/{id}/comments", id).cookie(session).with(csrf()).param("body", "  Well done, keep going!  "))
                .andExpect(redirectedUrl("/reports/" + id + "#comments"))
                .andExpect(flash().attribute("flash", "report.comment.saved"));

        assertThat(reports.commentsOn(id)).singleElement().satisfies(c -> {
            assertThat(c.getBody()).isEqualTo("Well done, keep going!");
            assertThat(c.getAuthorId()).isEqualTo(mentor.getId());
        });
        mvc.perform(get("/reports/{id}", id).cookie(session)).andExpect(content().string(containsString("Well done, keep going!")));
    }

    @Test
    void aBlankOrOverlongCommentIsRefusedWithItsErrorAndTheTypedTextKept() throws Exception {
        Person rep = program.rep("Long Writer");
        long id = report(rep, "ATTENDED_EVENT");
        Cookie session = SignIn.as(mvc, rep);
        String tooLong = "y".repeat(CommentText.MAX_LENGTH + 1);

        mvc.perform(post("/reports/{id}/comments", id).cookie(session).with(csrf()).param("body", "   "))
                .andExpect(flash().attribute("commentError", "report.comment.required"));
        mvc.perform(post("/reports/{id}/comments", id).cookie(session).with(csrf()).param("body", tooLong))
                .andExpect(flash().attribute("commentError", "report.comment.long"))
                .andExpect(flash().attribute("commentBody", tooLong));

        assertThat(reports.commentsOn(id)).isEmpty();
    }
}
