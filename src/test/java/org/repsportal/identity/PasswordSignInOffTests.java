package org.repsportal.identity;

import oidcprovider.TestOidcProvider;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
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
    void theProviderStillSignsPeopleIn() throws Exception {
        Person rep = program.rep("Oidc Only Provider");
        String user = ProviderSignInTests.newUser() + "-only";
        TestOidcProvider.user(user, rep.getEmail(), true);

        MvcResult back = new ProviderFlow(mvc).signInAs(user);

        assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/");
    }
}
