package org.repsportal.contract;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.InvalidCsrfTokenException;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Input no form or client should send is answered with a clear 4xx, the field named, never a 500. */
@PortalTest
class BadInputTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Test
    void aParameterWithoutANameIsIgnoredOnPagesAndTheApi() throws Exception {
        Person rep = program.rep("Nameless");
        mvc.perform(get("/people?=x&q=Nameless").cookie(SignIn.as(mvc, rep)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/people?=x").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isOk());
    }

    @Test
    void aPageLinkKeepsAnEqualsSignInAFilterValueEncodedAndThePageRendersToTheEnd() throws Exception {
        Person rep = program.rep("Pager");
        for (int i = 0; i < 25; i++) {
            program.rep("Pager");
        }
        mvc.perform(get("/people?q=Pager&x=1=1").cookie(SignIn.as(mvc, rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("x=1%3D1")))
                .andExpect(content().string(containsString("</html>")));
    }

    @Test
    void nulAndControlCharactersAreStrippedFromJsonAndFormText() throws Exception {
        Person rep = program.rep("Nul");
        mvc.perform(post("/api/v1/board/threads").header("Authorization", Program.bearer(program.mentor("Nul Mentor")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Nul\\u0000 in\\u0007 a title\",\"body\":\"Line one\\nline\\u001b two\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/people").param("q", "Nul\u0000").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].displayName").value("Nul"));
    }

    @Test
    void anIndexedFormFieldPastTheLimitIsABadRequestNotA500() throws Exception {
        Person mentor = program.mentor("Indexed");
        mvc.perform(post("/checkins").cookie(SignIn.as(mvc, mentor)).with(csrf()).param("goals[99999]", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
    }

    @Test
    void anUnknownEnumValueOrAMalformedDateNamesTheField() throws Exception {
        Person rep = program.rep("Enum");
        mvc.perform(get("/api/v1/people").param("role", "EMPEROR").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("role"));
        mvc.perform(post("/api/v1/reports").header("Authorization", Program.bearer(rep))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"2026-02-30\",\"description\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
    }

    @Test
    void aHugeBodyIs413AndAWrongContentType415AndAnUnacceptableAccept406AsProblems() throws Exception {
        String token = Program.bearer(program.rep("Huge"));
        mvc.perform(post("/api/v1/reports").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON).content("[" + "1,".repeat(600_000) + "1]"))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(413));
        mvc.perform(post("/api/v1/reports").header("Authorization", token)
                        .contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/me").header("Authorization", token).accept(MediaType.TEXT_PLAIN))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anUnknownApiPathAWrongMethodAndAMissingParameterAreProblems() throws Exception {
        String token = Program.bearer(program.rep("Unknown"));
        mvc.perform(get("/api/v1/nothing-here").header("Authorization", token))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(delete("/api/v1/me").header("Authorization", token))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().exists("Allow"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/board/threads/%00").header("Authorization", token))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void browsersGetPagesInThePortalsLookForUnknownPathsAndWrongMethods() throws Exception {
        Cookie session = SignIn.as(mvc, program.rep("Browser"));
        mvc.perform(get("/reports/no/such/page").cookie(session).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("Not found")));
        mvc.perform(delete("/people").cookie(session).with(csrf()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("Not possible here")))
                .andExpect(content().string(not(containsString("\"status\""))));
    }

    @Test
    void aRefusalFoundBeforeAnyControllerIsAPageForBrowsersAndAProblemForTheApi() throws Exception {
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/admin/mail").accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("Not allowed")));
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/admin/mail"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 413)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/reports").accept(MediaType.TEXT_HTML))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().string(containsString("Too much at once")));
    }

    @Test
    void anExpiredCsrfTokenAsksTheBrowserToSignInAgain() throws Exception {
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/reports")
                        .requestAttr(WebAttributes.ACCESS_DENIED_403, new InvalidCsrfTokenException(
                                new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "expected"), "stale"))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Please sign in again")))
                .andExpect(content().string(containsString("href=\"/login\"")));
    }
}
