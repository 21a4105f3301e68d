package org.repsportal.identity;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/** What every answer says about itself: the browser features it denies, and Secure cookies behind TLS. */
@PortalTest
class ResponseHeadersTests {

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

    @Test
    void everyResponseCarriesAPermissionsPolicy() throws Exception {
        Person rep = program.rep("Headed");
        for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
                get("/login"), get("/people"), get("/css/portal.css"), get("/actuator/health"), get("/api/v1/me"),
                post("/api/v1/reports"), get("/api/v1/me").header("Authorization", Program.bearer(rep)),
                get("/api/v1/me").header("Authorization", "Bearer wrong"), get("/nothing/here")}) {
            mvc.perform(request).andExpect(header().string("Permissions-Policy", SecurityConfiguration.PERMISSIONS_POLICY));
        }
        assertThat(SecurityConfiguration.PERMISSIONS_POLICY).contains("camera=()", "microphone=()", "geolocation=()");
    }

    @Test
    void behindATlsProxyTheSessionAndCsrfCookiesAreSecure() throws Exception {
        Person rep = program.rep("Proxied");
        assertThat(mvc.perform(get("/login").header("X-Forwarded-Proto", "https")).andReturn()
                .getResponse().getCookie("XSRF-TOKEN").getSecure()).isTrue();

        MvcResult behindTls = mvc.perform(login(rep.getEmail(), Program.PASSWORD, anotherAddress())
                        .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "reps.example.org"))
                .andExpect(authenticated())
                .andReturn();
        Cookie secure = behindTls.getResponse().getCookie("SESSION");
        assertThat(secure).isNotNull();
        assertThat(secure.getSecure()).isTrue();
        assertThat(secure.isHttpOnly()).isTrue();

        Cookie plain = mvc.perform(login(rep.getEmail(), Program.PASSWORD, anotherAddress())).andReturn()
                .getResponse().getCookie("SESSION");
        assertThat(plain.getSecure()).isFalse();
    }
}
