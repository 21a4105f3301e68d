package org.repsportal.identity;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.Api;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.repsportal.identity.SignInIntegrationTests.anotherAddress;
import static org.repsportal.identity.SignInIntegrationTests.login;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** Disabling an account ends its sessions and tokens at once; alumni read but do not write. */
@PortalTest
class AccountDisablingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdminDisablesAnAccountOnItsPageAndItsSessionsAndTokensStopAtOnce() throws Exception {
        Person admin = program.admin("Ada");
        Person rep = program.rep("Gone");
        Cookie repSession = SignIn.as(mvc, rep);
        Cookie otherSession = SignIn.as(mvc, rep);
        mvc.perform(Api.get(rep, "/api/v1/me")).andExpect(status().isOk());
        Cookie adminSession = SignIn.as(mvc, admin);

        mvc.perform(get("/admin/accounts/{id}", rep.getId()).cookie(adminSession))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Disable the account")));
        mvc.perform(post("/admin/accounts/{id}/disable", rep.getId()).cookie(adminSession).with(csrf())
                        .param("reason", "Left the program and asked for it"))
                .andExpect(redirectedUrl("/admin/accounts/" + rep.getId()));

        for (Cookie session : new Cookie[] {repSession, otherSession}) {
            mvc.perform(get("/settings").cookie(session)).andExpect(redirectedUrl("/login"));
        }
        mvc.perform(Api.get(rep, "/api/v1/me")).andExpect(status().isUnauthorized());
        mvc.perform(login(rep.getEmail(), Program.PASSWORD, anotherAddress()))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        assertThat(jdbc.sql("select disabled_by, reason, sessions_ended, tokens_revoked from account_disablements where person_id = ?")
                .param(rep.getId())
                .query((rs, n) -> rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getInt(3) + "|" + rs.getInt(4))
                .single()).isEqualTo(admin.getId() + "|Left the program and asked for it|2|1");
        mvc.perform(get("/admin/accounts/{id}", rep.getId()).cookie(adminSession))
                .andExpect(content().string(containsString("Left the program and asked for it")))
                .andExpect(content().string(containsString("2 sessions, 1 token")));
    }

    @Test
    void withoutAReasonThePageShowsTheFieldErrorAndNothingIsDisabled() throws Exception {
        Person admin = program.admin("Adele");
        Person rep = program.rep("Stays");
        Cookie adminSession = SignIn.as(mvc, admin);

        mvc.perform(post("/admin/accounts/{id}/disable", rep.getId()).cookie(adminSession).with(csrf()).param("reason", "   "))
                .andExpect(status().isOk())
                .andExpect(view().name("identity/account"))
                .andExpect(model().attributeHasFieldErrors("disableForm", "reason"));

        mvc.perform(Api.get(rep, "/api/v1/me")).andExpect(status().isOk());
    }

    @Test
    void theApiDisablesForAdminsOnlyAndNamesAMissingReason() throws Exception {
        Person admin = program.admin("Adrian");
        Person mentor = program.mentor("Notadmin");
        Person rep = program.rep("Target");

        mvc.perform(Api.post(mentor, "/api/v1/accounts/{id}/disable", rep.getId()).content("{\"reason\": \"because\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(Api.post(admin, "/api/v1/accounts/{id}/disable", rep.getId()).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(Api.post(admin, "/api/v1/accounts/{id}/disable", admin.getId()).content("{\"reason\": \"oops\"}"))
                .andExpect(status().isForbidden());

        mvc.perform(Api.post(admin, "/api/v1/accounts/{id}/disable", rep.getId()).content("{\"reason\": \"Spam\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false))
                .andExpect(jsonPath("$.tokensRevoked").value(1));
        mvc.perform(Api.get(rep, "/api/v1/me")).andExpect(status().isUnauthorized());
        mvc.perform(Api.post(admin, "/api/v1/accounts/{id}/disable", rep.getId()).content("{\"reason\": \"Again\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void alumniSignInToReadButCannotChangeAnything() throws Exception {
        Person alumnus = program.person("Alumna", org.repsportal.people.Role.ALUMNI);
        Cookie session = SignIn.as(mvc, alumnus);

        mvc.perform(get("/people").cookie(session)).andExpect(status().isOk());
        mvc.perform(Api.get(alumnus, "/api/v1/me")).andExpect(status().isOk());
        mvc.perform(post("/settings/tokens").cookie(session).with(csrf()).param("name", "laptop"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/reports").header("Authorization", Program.bearer(alumnus))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
    }
}
