package org.repsportal.identity;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repsportal.identity.SignInIntegrationTests.anotherAddress;
import static org.repsportal.identity.SignInIntegrationTests.login;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A session is made only for a person who signs in: anonymous pages, static files and the API make none. */
@PortalTest
class SessionlessRequestsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    WebApplicationContext context;

    /**
     * Spring Security's test support ({@code csrf()}, {@code formLogin()}) swaps the CSRF filter's token store for
     * a session-based one for the rest of the shared context; put back the portal's own before each test here.
     */
    @BeforeEach
    void usePortalsCsrfTokenStore() {
        WebTestUtils.setCsrfTokenRepository(new MockHttpServletRequest(context.getServletContext()),
                SecurityConfiguration.csrfTokens());
    }

    @Autowired
    JdbcClient jdbc;

    private long sessions() {
        return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
    }

    @Test
    void aThousandAnonymousAndTokenRequestsLeaveNoSessionBehind() throws Exception {
        Person rep = program.rep("Stateless");
        long before = sessions();
        MockHttpServletRequestBuilder[] requests = {
                get("/login"), get("/"), get("/people"), get("/dashboard"), get("/css/portal.css"),
                get("/webjars/bootstrap/5.3.8/css/bootstrap.min.css"), get("/actuator/health"), get("/api/v1/me"),
                post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content("{}"),
                delete("/api/v1/tasks/1"), put("/api/v1/me"), get("/v3/api-docs"), get("/no/such/page"),
                get("/api/v1/me").header("Authorization", Program.bearer(rep)),
                get("/api/v1/people").header("Authorization", Program.bearer(rep)),
                post("/api/v1/reports").header("Authorization", Program.bearer(rep)).contentType(MediaType.APPLICATION_JSON).content("{}"),
                get("/api/v1/me").header("Authorization", "Bearer not-a-token"),
        };

        for (int i = 0; i < 1000; i++) {
            MvcResult result = mvc.perform(requests[i % requests.length]).andReturn();
            assertThat(result.getResponse().getCookie("SESSION")).as(i + " " + result.getRequest().getRequestURI()).isNull();
        }
        for (int i = 0; i < 5; i++) {
            mvc.perform(login(rep.getEmail(), "wrong", anotherAddress()))
                    .andExpect(status().is3xxRedirection());
        }

        assertThat(sessions() - before).isZero();
    }

    @Test
    void anAnonymousApiCallOfAnyMethodIsAnsweredWithA401Problem() throws Exception {
        for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
                get("/api/v1/me"), post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content("{}"),
                put("/api/v1/me"), delete("/api/v1/tasks/1")}) {
            mvc.perform(request)
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(401));
        }
    }

    @Test
    void aSignedInBrowserStillNeedsTheCsrfTokenForTheApi() throws Exception {
        Cookie session = SignIn.as(mvc, program.rep("Browsy"));

        mvc.perform(post("/api/v1/reports").cookie(session).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theSignInFormWorksWithItsCsrfTokenInACookie() throws Exception {
        Person rep = program.rep("Cookie");

        MvcResult page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
        Cookie csrfCookie = page.getResponse().getCookie("XSRF-TOKEN");
        assertThat(csrfCookie).isNotNull();
        assertThat(csrfCookie.isHttpOnly()).isTrue();
        assertThat(page.getResponse().getCookie("SESSION")).isNull();
        String token = Jsoup.parse(page.getResponse().getContentAsString()).select("input[name=_csrf]").val();

        mvc.perform(post("/login").cookie(csrfCookie).param("_csrf", token)
                        .param("username", rep.getEmail()).param("password", Program.PASSWORD))
                .andExpect(authenticated());
        mvc.perform(post("/login").param("_csrf", token)
                        .param("username", rep.getEmail()).param("password", Program.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePageToReturnToAfterSigningInIsKeptInACookie() throws Exception {
        Person rep = program.rep("Returner");

        MvcResult denied = mvc.perform(get("/settings")).andReturn();
        Cookie returnTo = denied.getResponse().getCookie("REDIRECT_URI");
        assertThat(returnTo).isNotNull();
        assertThat(denied.getResponse().getCookie("SESSION")).isNull();

        MvcResult signedIn = mvc.perform(login(rep.getEmail(), Program.PASSWORD, anotherAddress()).cookie(returnTo)).andExpect(authenticated()).andReturn();
        assertThat(signedIn.getResponse().getRedirectedUrl()).endsWith("/settings");
    }
}
