package org.repsportal.people;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Profile pages through the whole portal: sign-in, security, controllers, services and the database. */
@PortalTest
class ProfilePagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    People people;

    @Test
    void anInvalidEditShowsTheFieldErrorsKeepsWhatWasTypedAndSavesNothing() throws Exception {
        Person rep = program.rep("Edda");
        Cookie session = SignIn.as(mvc, rep);

        mvc.perform(post("/people/{id}/edit", rep.getId()).cookie(session).with(csrf())
                        .param("displayName", "")
                        .param("fullName", "Edda Typed <Fullname>")
                        .param("countryCode", "DE")
                        .param("timeZone", "Europe/Berlin"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please correct the following:")))
                .andExpect(content().string(containsString("href=\"#displayName\">Please fill this in.</a>")))
                .andExpect(content().string(containsString("value=\"Edda Typed &lt;Fullname&gt;\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));

        mvc.perform(post("/people/{id}/edit", rep.getId()).cookie(session).with(csrf())
                        .param("displayName", "Edda Renamed")
                        .param("fullName", "Edda Fullname")
                        .param("countryCode", "DE")
                        .param("timeZone", "Europe/Atlantis"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This is not a time zone we know")))
                .andExpect(content().string(containsString("value=\"Edda Renamed\"")))
                .andExpect(content().string(containsString("value=\"Europe/Atlantis\"")));

        Person stored = people.get(rep.getId());
        assertThat(stored.getDisplayName()).isEqualTo("Edda");
        assertThat(stored.getFullName()).isEqualTo("Edda Fullname");
        assertThat(stored.getTimeZone()).isEqualTo("Europe/Berlin");
    }

    @Test
    void aValidEditIsSavedAndConfirmedOnTheProfile() throws Exception {
        Person rep = program.rep("Elio");
        Cookie session = SignIn.as(mvc, rep);

        MvcResult saved = mvc.perform(post("/people/{id}/edit", rep.getId()).cookie(session).with(csrf())
                        .param("displayName", "Elio R.")
                        .param("fullName", "Elio Rossi")
                        .param("countryCode", "IT")
                        .param("city", "Bologna")
                        .param("timeZone", "Europe/Rome")
                        .param("languages", "it", "en")
                        .param("functionalAreas", "LOCALIZATION"))
                .andExpect(redirectedUrl("/people/" + rep.getId()))
                .andReturn();

        mvc.perform(get("/people/{id}", rep.getId()).cookie(session).flashAttrs(saved.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your profile is saved.")))
                .andExpect(content().string(containsString("Italy, Bologna")))
                .andExpect(content().string(containsString("English, Italian")));
        assertThat(people.get(rep.getId()).getLanguages()).containsExactlyInAnyOrder("it", "en");
    }

    @Test
    void anUnknownPersonIsANotFoundPageInThePortalsLook() throws Exception {
        Person rep = program.rep("Ugo");

        mvc.perform(get("/people/{id}", 987_654_321L).cookie(SignIn.as(mvc, rep)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("<title>Not found · Reps Portal</title>")))
                .andExpect(content().string(containsString("<h1>Not found</h1>")))
                .andExpect(content().string(matchesPattern("(?s).*href=\"/css/portal-[0-9a-f]{32}\\.css\".*")))
                .andExpect(content().string(containsString("aria-label=\"Main\"")))
                .andExpect(content().string(containsString(">Directory</a>")))
                .andExpect(content().string(not(containsString("Whitelabel"))));
    }

    @Test
    void anotherPersonsEditFormIsAForbiddenPageInThePortalsLook() throws Exception {
        Person owner = program.rep("Owen");
        Person other = program.mentor("Olive");

        mvc.perform(get("/people/{id}/edit", owner.getId()).cookie(SignIn.as(mvc, other)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("<h1>Not allowed</h1>")))
                .andExpect(content().string(containsString("You may only edit your own profile.")));
    }

    @Test
    void anEditPostedWithoutTheCsrfTokenIsRefusedAndSavesNothing() throws Exception {
        Person rep = program.rep("Cass");

        mvc.perform(post("/people/{id}/edit", rep.getId()).cookie(SignIn.as(mvc, rep))
                        .param("displayName", "Forged")
                        .param("fullName", "Forged")
                        .param("countryCode", "DE")
                        .param("timeZone", "Europe/Berlin"))
                .andExpect(status().isForbidden());

        assertThat(people.get(rep.getId()).getDisplayName()).isEqualTo("Cass");
    }
}
