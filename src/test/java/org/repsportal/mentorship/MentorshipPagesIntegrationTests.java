package org.repsportal.mentorship;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Changing a Rep's mentor through the pages, with the real sign-in, rules and database. */
@PortalTest
class MentorshipPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    Mentorships mentorships;

    @Test
    void aRepChangingSomeonesMentorIsForbiddenAndNothingChanges() throws Exception {
        Person mentor = program.mentor("Marla");
        Person other = program.mentor("Otis");
        Person mentee = program.rep("Milan");
        program.assign(mentee, mentor);
        Person rep = program.rep("Rogue");

        mvc.perform(post("/people/{id}/mentor", mentee.getId()).cookie(SignIn.as(mvc, rep)).with(csrf())
                        .param("mentorId", String.valueOf(other.getId()))
                        .param("kind", "PERMANENT")
                        .param("reason", "I decide"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("<h1>Not allowed</h1>")))
                .andExpect(content().string(containsString("Only the Council and Admins assign mentors.")));

        assertThat(mentorships.currentMentorOf(mentee.getId())).contains(mentor.getId());
        assertThat(mentorships.historyOf(mentee.getId())).hasSize(1);
    }

    @Test
    void theMenteeThemselvesCannotChangeTheirMentor() throws Exception {
        Person mentor = program.mentor("Mabel");
        Person wanted = program.mentor("Wanda");
        Person mentee = program.rep("Moritz");
        program.assign(mentee, mentor);

        mvc.perform(post("/people/{id}/mentor", mentee.getId()).cookie(SignIn.as(mvc, mentee)).with(csrf())
                        .param("mentorId", String.valueOf(wanted.getId()))
                        .param("kind", "PERMANENT")
                        .param("reason", "Preference"))
                .andExpect(status().isForbidden());

        assertThat(mentorships.currentMentorOf(mentee.getId())).contains(mentor.getId());
    }

    @Test
    void theCouncilAssignsAMentorAndTheProfilesShowBothSides() throws Exception {
        Person council = program.council("Clio");
        Person first = program.mentor("Fenna");
        Person second = program.mentor("Selma");
        Person mentee = program.rep("Tariq");
        program.assign(mentee, first);
        Cookie session = SignIn.as(mvc, council);

        mvc.perform(post("/people/{id}/mentor", mentee.getId()).cookie(session).with(csrf())
                        .param("mentorId", String.valueOf(second.getId()))
                        .param("kind", "PERMANENT")
                        .param("reason", "Same time zone"))
                .andExpect(redirectedUrl("/people/" + mentee.getId()));

        mvc.perform(get("/people/{id}", mentee.getId()).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<a href=\"/people/" + second.getId() + "\">Selma</a>")));
        mvc.perform(get("/people/{id}", second.getId()).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mentees (1)")))
                .andExpect(content().string(containsString("<a href=\"/people/" + mentee.getId() + "\">Tariq</a>")));
        mvc.perform(get("/people/{id}", first.getId()).cookie(session))
                .andExpect(content().string(containsString("No mentees yet.")));
        mvc.perform(get("/people/{id}/mentor", mentee.getId()).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Same time zone")))
                .andExpect(content().string(containsString("Ended: Same time zone")));
        assertThat(mentorships.currentMentorOf(mentee.getId())).contains(second.getId());
    }

    @Test
    void aChangeOfMentorPostedWithoutTheCsrfTokenIsRefused() throws Exception {
        Person council = program.council("Cyra");
        Person mentor = program.mentor("Mavis");
        Person mentee = program.rep("Nico");

        mvc.perform(post("/people/{id}/mentor", mentee.getId()).cookie(SignIn.as(mvc, council))
                        .param("mentorId", String.valueOf(mentor.getId()))
                        .param("kind", "PERMANENT")
                        .param("reason", "Forged"))
                .andExpect(status().isForbidden());

        assertThat(mentorships.currentMentorOf(mentee.getId())).isEmpty();
    }
}
