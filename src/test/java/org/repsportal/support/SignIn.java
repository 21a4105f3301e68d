package org.repsportal.support;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/** Signs in through the real sign-in form and hands back the session cookie, as a browser would keep it. */
public final class SignIn {

    private SignIn() {
    }

    public static Cookie as(MockMvc mvc, String email, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(email).password(password)).andReturn();
        Cookie session = result.getResponse().getCookie("SESSION");
        if (session == null || !"/".equals(result.getResponse().getRedirectedUrl())) {
            throw new AssertionError("Signing in as " + email + " did not succeed: redirected to "
                    + result.getResponse().getRedirectedUrl());
        }
        return session;
    }

    public static Cookie as(MockMvc mvc, org.repsportal.people.Person person) throws Exception {
        return as(mvc, person.getEmail(), Program.PASSWORD);
    }
}
