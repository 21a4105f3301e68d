package org.repsportal.identity;

import java.time.Duration;
import java.time.Instant;

import java.util.concurrent.atomic.AtomicInteger;

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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    /** A client address of its own for each test, so that no test shares another's failure counts. */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** The sign-in form posted from the given client address. */
    static MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
    }

    static String anotherAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (100 + n / 250) + "." + (1 + n % 250);
    }

    private void wrongPassword(Person person, String address) throws Exception {
        mvc.perform(login(person.getEmail(), "not the password", address))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void afterTheConfiguredFailuresTheAccountIsLockedFromThatAddressAndAnswersExactlyLikeAWrongPassword() throws Exception {
        Person rep = program.rep("Lockie");
        String attacker = anotherAddress();
        clock.setTo(Instant.parse("2026-06-01T12:00:00Z"));

        for (int i = 1; i < throttle.freeAttempts(); i++) {
            wrongPassword(rep, attacker);
        }
        mvc.perform(login(rep.getEmail(), Program.PASSWORD, attacker))
                .andExpect(authenticated());
        for (int i = 0; i < throttle.freeAttempts(); i++) {
            wrongPassword(rep, attacker);
        }

        MvcResult locked = mvc.perform(login(rep.getEmail(), Program.PASSWORD, attacker))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated())
                .andReturn();
        MvcResult unknown = mvc.perform(login("nobody." + rep.getEmail(), "x", attacker))
                .andReturn();
        assertThat(locked.getResponse().getStatus()).isEqualTo(unknown.getResponse().getStatus());
        assertThat(locked.getResponse().getHeaderNames()).isEqualTo(unknown.getResponse().getHeaderNames());
        // no session; only the typed email, kept for the form exactly as after any other refusal
        assertThat(locked.getResponse().getCookies()).extracting(Cookie::getName).containsExactly(SignInFailure.COOKIE);
        assertThat(unknown.getResponse().getCookies()).extracting(Cookie::getName).containsExactly(SignInFailure.COOKIE);

        mvc.perform(login(rep.getEmail(), Program.PASSWORD, anotherAddress()))
                .andExpect(authenticated());
    }

    @Test
    void theLockEndsWithTheLockoutAndASuccessfulSignInClearsTheCount() throws Exception {
        Person rep = program.rep("Rocco");
        String address = anotherAddress();
        clock.setTo(Instant.parse("2026-06-01T12:00:00Z"));
        for (int i = 0; i < throttle.freeAttempts(); i++) {
            wrongPassword(rep, address);
        }
        mvc.perform(login(rep.getEmail(), Program.PASSWORD, address))
                .andExpect(redirectedUrl("/login?error"));

        clock.advance(throttle.lockout().plus(Duration.ofSeconds(1)));

        mvc.perform(login(rep.getEmail().toUpperCase(), Program.PASSWORD, address))
                .andExpect(authenticated())
                .andExpect(redirectedUrl("/"));
        Account account = accounts.findById(rep.getId()).orElseThrow();
        assertThat(account.getLastSignInAt()).isEqualTo(Instant.parse("2026-06-01T12:00:00Z")
                .plus(throttle.lockout()).plusSeconds(1));

        wrongPassword(rep, address);
        mvc.perform(login(rep.getEmail(), Program.PASSWORD, address))
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
