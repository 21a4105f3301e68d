package org.repsportal.identity;

import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.SignIn;
import org.repsportal.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Signing in with the real form: throttling, sessions kept in PostgreSQL, CSRF. */
@PortalTest
class SignInIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    AccountRepository accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void wrongPassword(Person person) throws Exception {
        mvc.perform(formLogin("/login").user(person.getEmail()).password("not the password"))
                .andExpect(unauthenticated());
    }

    @Test
    void afterTheConfiguredFailuresTheAccountIsLockedEvenForTheRightPassword() throws Exception {
        Person rep = program.rep("Lockie");
        clock.setTo(Instant.parse("2026-06-01T12:00:00Z"));

        for (int i = 1; i < throttle.freeAttempts(); i++) {
            mvc.perform(formLogin("/login").user(rep.getEmail()).password("nope"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user(rep.getEmail()).password(Program.PASSWORD))
                .andExpect(authenticated());
        for (int i = 0; i < throttle.freeAttempts(); i++) {
            wrongPassword(rep);
        }

        mvc.perform(formLogin("/login").user(rep.getEmail()).password(Program.PASSWORD))
                .andExpect(redirectedUrl("/login?locked"))
                .andExpect(unauthenticated());
        mvc.perform(get("/login").param("locked", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Too many failed attempts")));
    }

    @Test
    void theLockEndsWithTheLockoutAndASuccessfulSignInClearsTheCount() throws Exception {
        Person rep = program.rep("Rocco");
        clock.setTo(Instant.parse("2026-06-01T12:00:00Z"));
        for (int i = 0; i < throttle.freeAttempts(); i++) {
            wrongPassword(rep);
        }
        mvc.perform(formLogin("/login").user(rep.getEmail()).password(Program.PASSWORD))
                .andExpect(redirectedUrl("/login?locked"));

        clock.advance(throttle.lockout().plus(Duration.ofSeconds(1)));

        mvc.perform(formLogin("/login").user(rep.getEmail().toUpperCase()).password(Program.PASSWORD))
                .andExpect(authenticated())
                .andExpect(redirectedUrl("/"));
        Account account = accounts.findById(rep.getId()).orElseThrow();
        assertThat(account.getFailedAttempts()).isZero();
        assertThat(account.getLockedUntil()).isNull();
        assertThat(account.getLastSignInAt()).isEqualTo(Instant.parse("2026-06-01T12:00:00Z")
                .plus(throttle.lockout()).plusSeconds(1));

        wrongPassword(rep);
        mvc.perform(formLogin("/login").user(rep.getEmail()).password(Program.PASSWORD))
                .andExpect(authenticated());
    }

    @Test
    void aSignedInSessionIsKeptInPostgresqlAndEndsWithSigningOut() throws Exception {
        Person rep = program.rep("Sessa");

        Cookie session = SignIn.as(mvc, rep);

        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param(rep.getEmail()).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/profile").cookie(session))
                .andExpect(redirectedUrl("/people/" + rep.getId()));

        mvc.perform(post("/logout").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/login?logout"));

        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param(rep.getEmail()).query(Long.class).single()).isZero();
        mvc.perform(get("/profile").cookie(session))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void theSignInFormIsRefusedWithoutItsCsrfToken() throws Exception {
        Person rep = program.rep("Cedric");

        mvc.perform(post("/login").param("username", rep.getEmail()).param("password", Program.PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void pagesNeedASignedInPersonAndSendEveryoneElseToTheSignInPage() throws Exception {
        mvc.perform(get("/people")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/settings")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login")).andExpect(status().isOk());
    }

    @Test
    void anythingNotAllowedByARuleIsDenied() throws Exception {
        Person rep = program.rep("Denny");

        mvc.perform(get("/internal/secrets").cookie(SignIn.as(mvc, rep)))
                .andExpect(status().isForbidden());
    }
}
