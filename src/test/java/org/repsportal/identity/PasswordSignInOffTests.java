package org.repsportal.identity;

import java.sql.Timestamp;
import java.time.Instant;

import oidcprovider.TestOidcProvider;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A program that signs people in through its provider only: no password form, and a password sent anyway is refused. */
@PortalTest
@TestPropertySource(properties = "portal.identity.password-sign-in=false")
class PasswordSignInOffTests {

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        TestOidcProvider.clientProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSignInPageShowsOnlyTheProviders() throws Exception {
        String page = new ProviderFlow(mvc).visit("/login").getResponse().getContentAsString();

        assertThat(page).doesNotContain("name=\"password\"").doesNotContain("action=\"/login\"")
                .contains("href=\"/oauth2/authorization/test-idp\"");
    }

    @Test
    void aPasswordPostedToTheSignInIsRefused() throws Exception {
        Person rep = program.rep("Oidc Only");

        var browser = new ProviderFlow(mvc);
        MvcResult answer = browser.perform(post("http://127.0.0.1/login")
                .param("username", rep.getEmail()).param("password", Program.PASSWORD).with(csrf()));

        assertThat(answer.getResponse().getStatus()).isEqualTo(405);
        assertThat(answer.getResponse().getCookie("SESSION")).isNull();
        assertThat(browser.visit("/api/v1/me").getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void anInvitationOffersOnlyTheProvider() throws Exception {
        Person newcomer = program.rep("Oidc Only Newcomer");
        String token = "invitation-only-" + newcomer.getId();
        Instant now = Instant.now();
        jdbc.sql("insert into account_invitations (person_id, token_hash, created_at, expires_at) values (?, ?, ?, ?)")
                .params(newcomer.getId(), TokenHashing.hash(token), Timestamp.from(now.minusSeconds(60)),
                        Timestamp.from(now.plusSeconds(3600)))
                .update();
        var browser = new ProviderFlow(mvc);

        String page = browser.visit("/invitation/" + token).getResponse().getContentAsString();
        MvcResult posted = browser.perform(post("http://127.0.0.1/invitation/" + token)
                .param("password", "a long enough password").param("confirmation", "a long enough password").with(csrf()));

        assertThat(page).contains("Continue with Test Provider").doesNotContain("name=\"password\"");
        assertThat(posted.getResponse().getRedirectedUrl()).isNull();
        assertThat(jdbc.sql("select used_at is null from account_invitations where token_hash = ?")
                .param(TokenHashing.hash(token)).query(Boolean.class).single()).isTrue();
    }

    @Test
    void theProviderStillSignsPeopleIn() throws Exception {
        Person rep = program.rep("Oidc Only Provider");
        String user = ProviderSignInTests.newUser() + "-only";
        TestOidcProvider.user(user, rep.getEmail(), true);

        MvcResult back = new ProviderFlow(mvc).signInAs(user);

        assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/");
    }
}
