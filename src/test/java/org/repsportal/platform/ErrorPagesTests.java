package org.repsportal.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Errors people understand: a browser gets a page in the portal's look (layout, navigation, a line that helps,
 * a link home), an API client an RFC 9457 problem; a form shown again with its errors puts the focus on their
 * summary, and its address never answers 405 when asked for again with GET.
 */
@PortalTest
class ErrorPagesTests {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Test
    void aPageTheSecurityRulesRefuseIsTheForbiddenPageForABrowserWithTheNavigationAndALinkHome() throws Exception {
        Cookie session = SignIn.as(mvc, program.rep("Refused Rita"));
        // the security filter hands the refusal to the container's error page, telling it what was refused
        mvc.perform(get("/admin/mail").cookie(session).accept(BROWSER))
                .andExpect(status().isForbidden())
                .andExpect(request().attribute(WebAttributes.ACCESS_DENIED_403, instanceOf(AccessDeniedException.class)));
        mvc.perform(get("/error").cookie(session).accept(BROWSER)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/admin/mail")
                        .requestAttr(WebAttributes.ACCESS_DENIED_403, new AccessDeniedException("Access Denied")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(allOf(containsString("<h1>Not allowed</h1>"),
                        containsString("You are signed in, but this is not open to you."),
                        containsString("href=\"/dashboard\""), containsString("Sign out"),
                        containsString(">Back to the portal</a>"))));
    }

    @Test
    void anAddressNothingAnswersIsNotFoundEvenWhereTheSecurityRulesRefusedItFirst() throws Exception {
        Cookie session = SignIn.as(mvc, program.rep("Lost Lena"));
        mvc.perform(get("/error").cookie(session).accept(BROWSER)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/no-such-page")
                        .requestAttr(WebAttributes.ACCESS_DENIED_403, new AccessDeniedException("Access Denied")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(allOf(containsString("<h1>Not found</h1>"), containsString("Sign out"),
                        containsString(">Back to the portal</a>"))));
        mvc.perform(get("/error").cookie(session).accept(MediaType.APPLICATION_JSON)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/no-such-page")
                        .requestAttr(WebAttributes.ACCESS_DENIED_403, new AccessDeniedException("Access Denied")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
        // an address a controller answers stays refused
        mvc.perform(get("/error").cookie(session).accept(BROWSER)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/admin/roster")
                        .requestAttr(WebAttributes.ACCESS_DENIED_403, new AccessDeniedException("Access Denied")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aClientAskingForJsonGetsProblemsOnPagesAndTheApiAlwaysDoesWhateverItAccepts() throws Exception {
        Person rep = program.rep("Json Jonas");
        mvc.perform(get("/dashboard").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/dashboard").accept(BROWSER))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/admin/mail").header("Authorization", Program.bearer(rep)).accept(BROWSER))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(get("/api/v1/no/such/thing").header("Authorization", Program.bearer(rep)).accept(BROWSER))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/admin/mail")
                        .requestAttr(WebAttributes.ACCESS_DENIED_403, new AccessDeniedException("Access Denied")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aBadRequestAWrongMethodAndAFailureArePagesInThePortalsLookForABrowser() throws Exception {
        Cookie session = SignIn.as(mvc, program.mentor("Mistyped Mila"));
        mvc.perform(get("/checkins/not-a-number").cookie(session).accept(BROWSER))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(allOf(containsString("Something in the request is not right"),
                        containsString("Sign out"), containsString(">Back to the portal</a>"))));
        mvc.perform(get("/checkins/not-a-number").cookie(session).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/dashboard").cookie(session).with(csrf()).accept(BROWSER))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(allOf(containsString("Not possible here"), containsString(">Back to the portal</a>"))));
        mvc.perform(get("/error").cookie(session).accept(BROWSER)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/reports"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(allOf(containsString("Nothing you typed has been saved"),
                        containsString("Sign out"), containsString(">Back to the portal</a>"))));
    }

    @Test
    void aFormShownAgainWithItsErrorsFocusesTheirSummaryAndItsAddressAskedForAgainLeadsToTheFormsPage() throws Exception {
        Person mentor = program.mentor("Focused Fiona");
        program.assign(program.rep("Focused Mentee"), mentor);
        Cookie session = SignIn.as(mvc, mentor);
        MockHttpServletResponse shown = mvc.perform(post("/dashboard/messages").cookie(session).with(csrf()).accept(BROWSER))
                .andExpect(status().isOk())
                .andReturn().getResponse();
        Matcher summary = Pattern.compile("<div[^>]*id=\"error-summary\"[^>]*>").matcher(shown.getContentAsString());
        assertThat(summary.find()).as("the error summary on the page shown again").isTrue();
        assertThat(summary.group()).contains("tabindex=\"-1\"").contains("autofocus");
        // the page kept the form's address: the language switcher, a reload from the address bar, a bookmark
        mvc.perform(get("/dashboard/messages?lang=es").cookie(session).accept(BROWSER))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/dashboard?lang=es"));
        mvc.perform(get("/checkins/12345/notes").cookie(session).accept(BROWSER))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/checkins/12345"));
        // API clients keep the plain answer
        mvc.perform(get("/api/v1/mentees/messages").header("Authorization", Program.bearer(mentor)))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().exists("Allow"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    /**
     * The audit of every form of routes.txt: a page shown again at a form's address after a failed post keeps
     * that address, so asking for it with GET (a reload from the address bar, the language switcher, a bookmark)
     * must not answer 405; where it answers a redirect, the page it leads to does not either.
     */
    @Test
    void everyFormAddressOfTheRouteTableAnswersAGetWithoutA405() throws Exception {
        Person admin = program.person("Auditing Ada", org.repsportal.people.Role.ADMIN, org.repsportal.people.Role.COUNCIL,
                org.repsportal.people.Role.MENTOR, org.repsportal.people.Role.REP);
        Cookie session = SignIn.as(mvc, admin);
        List<String> forms = formAddresses();
        assertThat(forms).as("the form routes of routes.txt").hasSizeGreaterThan(50);
        List<String> failures = new ArrayList<>();
        for (String form : forms) {
            MockHttpServletResponse answer = mvc.perform(get(form).cookie(session).accept(BROWSER)).andReturn().getResponse();
            if (answer.getStatus() == 405) {
                failures.add("GET " + form + " → 405");
            } else if (answer.getStatus() >= 300 && answer.getStatus() < 400) {
                String target = answer.getRedirectedUrl();
                int then = mvc.perform(get(target).cookie(session).accept(BROWSER)).andReturn().getResponse().getStatus();
                if (then == 405 || then >= 500) {
                    failures.add("GET " + form + " → " + target + " → " + then);
                }
            } else if (answer.getStatus() >= 500) {
                failures.add("GET " + form + " → " + answer.getStatus());
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void everyErrorSummaryOfTheTemplatesTakesTheFocusWhenThePageOpens() throws IOException {
        List<String> unfocused = new ArrayList<>();
        Pattern summary = Pattern.compile("<div[^>]*id=\"error-summary\"[^>]*>", Pattern.DOTALL);
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher found = summary.matcher(Files.readString(template));
                while (found.find()) {
                    if (!found.group().contains("tabindex=\"-1\"") || !found.group().matches("(?s).*\\sautofocus[\\s>].*")) {
                        unfocused.add(template + ": " + found.group());
                    }
                }
            }
        }
        assertThat(unfocused).as("error summaries without tabindex=\"-1\" and autofocus").isEmpty();
    }

    /** The paths of the page forms in routes.txt (POST, not the API), each path variable given a value. */
    private static List<String> formAddresses() throws IOException {
        List<String> forms = new ArrayList<>();
        var table = ErrorPagesTests.class.getResourceAsStream("/contract/routes.txt");
        try (var reader = new BufferedReader(new InputStreamReader(table, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] parts = line.strip().split("\\s+");
                if (parts.length >= 2 && parts[0].equals("POST") && !parts[1].startsWith("/api/")
                        && !parts[1].equals("/error")) {
                    forms.add(parts[1].replaceAll("\\{[^}]+}", "987654"));
                }
            }
        }
        return forms;
    }
}
