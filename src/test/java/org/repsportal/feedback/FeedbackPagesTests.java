package org.repsportal.feedback;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.Statements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The feedback form's field errors keep what was typed; Admins pick contacts by searching; lists do not grow in statements. */
@PortalTest
class FeedbackPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    FeedbackDesk desk;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFormWithoutSubjectShowsTheFieldErrorsAndKeepsWhatWasTyped() throws Exception {
        Person rep = program.rep("Typing Feedback");
        mvc.perform(post("/feedback").header("Authorization", Program.bearer(rep)).with(csrf())
                        .param("to", "").param("subject", " ").param("text", "Kept <b>words</b> & more"))
                .andExpect(status().isOk())
                .andExpect(view().name("feedback/new"))
                .andExpect(model().attributeHasFieldErrorCode("feedback", "to", "feedback.to.required"))
                .andExpect(model().attributeHasFieldErrorCode("feedback", "subject", "feedback.subject.required"))
                .andExpect(content().string(containsString("Please give the feedback a subject.")))
                .andExpect(content().string(containsString("aria-describedby=\"subject-error\"")))
                .andExpect(content().string(containsString("id=\"error-summary\"")))
                .andExpect(content().string(containsString("Kept &lt;b&gt;words&lt;/b&gt; &amp; more")));
        assertThat(jdbc.sql("select count(*) from feedback where sender_id = ?").param(rep.getId()).query(Long.class).single()).isZero();

        mvc.perform(post("/feedback").header("Authorization", Program.bearer(rep)).with(csrf())
                        .param("to", "LEADERSHIP").param("subject", "Thanks").param("text", "The new report form is great."))
                .andExpect(redirectedUrlPattern("/feedback/*"));
        mvc.perform(get("/feedback").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thanks")))
                .andExpect(content().string(containsString("Received")))
                .andExpect(content().string(not(containsString("href=\"/feedback/inbox\""))));
    }

    @Test
    void aMentorsFormOffersTheirMenteesAndAsksWhetherTheyAreNamed() throws Exception {
        Person mentor = program.mentor("Form Mentor");
        Person mentee = program.rep("Form Mentee");
        program.assign(mentee, mentor);
        mvc.perform(get("/feedback/new").header("Authorization", Program.bearer(mentor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + mentee.getId() + "\">Form Mentee</option>")))
                .andExpect(content().string(containsString("Does the mentee want to be named?")));
        mvc.perform(post("/feedback").header("Authorization", Program.bearer(mentor)).with(csrf())
                        .param("to", "LEADERSHIP").param("subject", "S").param("text", "T").param("menteeId", String.valueOf(mentee.getId())))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("feedback", "menteeNamed", "feedback.menteeNamed.required"))
                .andExpect(content().string(containsString("value=\"" + mentee.getId() + "\" selected=\"selected\"")));
    }

    @Test
    void anAdminFindsAPersonByNameWithCountryAndRolesAndMakesThemAContactThenRemovesThem() throws Exception {
        Person admin = program.admin("Contacts Admin");
        Person wanted = program.mentor("Quintessa Findable");
        mvc.perform(get("/admin/feedback/contacts").param("area", "DEVELOPMENT").param("q", "Quintessa")
                        .header("Authorization", Program.bearer(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quintessa Findable")))
                .andExpect(content().string(containsString("Germany")))
                .andExpect(content().string(containsString("<span>Mentor, </span>")))
                .andExpect(content().string(containsString("Add Quintessa Findable to Development")));

        mvc.perform(post("/admin/feedback/contacts").header("Authorization", Program.bearer(admin)).with(csrf())
                        .param("area", "DEVELOPMENT").param("personId", String.valueOf(wanted.getId())).param("q", "Quintessa"))
                .andExpect(redirectedUrl("/admin/feedback/contacts?area=DEVELOPMENT&q=Quintessa"));
        mvc.perform(get("/admin/feedback/contacts").header("Authorization", Program.bearer(admin)))
                .andExpect(content().string(containsString("Remove Quintessa Findable from Development")));
        mvc.perform(get("/feedback/new").header("Authorization", Program.bearer(program.rep("Contacts Sender"))))
                .andExpect(content().string(containsString("value=\"DEVELOPMENT\"")));
        mvc.perform(post("/admin/feedback/contacts").header("Authorization", Program.bearer(admin)).with(csrf())
                        .param("area", "DEVELOPMENT").param("personId", String.valueOf(wanted.getId())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This person already is a contact of the area.")));

        mvc.perform(post("/admin/feedback/contacts/remove").header("Authorization", Program.bearer(admin)).with(csrf())
                        .param("area", "DEVELOPMENT").param("personId", String.valueOf(wanted.getId())))
                .andExpect(redirectedUrl("/admin/feedback/contacts"));
        assertThat(jdbc.sql("select count(*) from feedback_area_contacts where person_id = ?").param(wanted.getId())
                .query(Long.class).single()).isZero();
        mvc.perform(get("/admin/feedback/contacts").header("Authorization", Program.bearer(wanted)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theInboxAndMyFeedbackDoNotGrowInStatementsWithWhatTheyList() throws Exception {
        Person council = program.council("Counting Feedback Council");
        Person few = program.rep("Few Feedback");
        Person many = program.rep("Many Feedback");
        send(few, 2);
        long inbox = Statements.forPage(mvc, "/feedback/inbox", council);
        long mineFew = Statements.forPage(mvc, "/feedback", few);
        send(many, 12);
        assertThat(Statements.forPage(mvc, "/feedback/inbox", council)).isEqualTo(inbox);
        assertThat(Statements.forPage(mvc, "/feedback", many)).isEqualTo(mineFew);
    }

    private void send(Person sender, int n) {
        for (int i = 0; i < n; i++) {
            desk.send(program.actor(sender), NewFeedback.own(FeedbackDesk.LEADERSHIP, "Idea " + i, "An idea for the program " + i));
        }
    }
}
