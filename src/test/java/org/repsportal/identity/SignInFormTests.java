package org.repsportal.identity;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** A refused sign-in goes back to the form with the typed email kept and the refusal announced, focused. */
@PortalTest
class SignInFormTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Test
    void aWrongPasswordKeepsTheTypedEmailInTheFormAndFocusesTheAnnouncedError() throws Exception {
        Person rep = program.rep("Typing Tilda");
        MockHttpServletResponse refused = mvc.perform(SignInIntegrationTests.login(rep.getEmail(), "not the password",
                SignInIntegrationTests.anotherAddress())).andReturn().getResponse();
        assertThat(refused.getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(refused.getCookie("SESSION")).as("no session for a refused sign-in").isNull();
        Cookie typed = refused.getCookie(SignInFailure.COOKIE);
        assertThat(typed).isNotNull();
        assertThat(typed.isHttpOnly()).isTrue();
        assertThat(typed.getPath()).isEqualTo("/login");
        assertThat(typed.getValue()).as("the address is not readable in the cookie").doesNotContain("@");

        MockHttpServletResponse form = mvc.perform(get("/login").param("error", "").cookie(typed)).andReturn().getResponse();
        String page = form.getContentAsString();
        assertThat(page).containsPattern("<input type=\"email\" id=\"username\" name=\"username\"[^>]*value=\""
                + java.util.regex.Pattern.quote(rep.getEmail()) + "\"");
        assertThat(page).containsPattern("<div class=\"alert alert-danger\" role=\"alert\" tabindex=\"-1\" id=\"error-summary\" autofocus[^>]*>"
                + "The email or password is not right.</div>");
        assertThat(page).as("only the error takes the focus").containsOnlyOnce("autofocus");
        assertThat(page).containsPattern("id=\"username\"[^>]*aria-describedby=\"error-summary\"");
        assertThat(form.getCookie(SignInFailure.COOKIE).getMaxAge()).as("the kept email is read once").isZero();

        // an unknown address is kept as typed too, and without a refusal the form is empty with the email focused
        MockHttpServletResponse unknown = mvc.perform(SignInIntegrationTests.login("nobody.here@test.example", "x",
                SignInIntegrationTests.anotherAddress())).andReturn().getResponse();
        assertThat(mvc.perform(get("/login").param("error", "").cookie(unknown.getCookie(SignInFailure.COOKIE)))
                .andReturn().getResponse().getContentAsString()).contains("value=\"nobody.here@test.example\"");
        String fresh = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(fresh).doesNotContain("error-summary").containsPattern("id=\"username\"[^>]*autofocus");
        assertThat(fresh).doesNotContainPattern("id=\"username\"[^>]*value=\"[^\"]");
    }
}
