package org.repsportal.identity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Personal access tokens made on the settings page and used against the API. */
@PortalTest
class AccessTokenIntegrationTests {

    private static final Pattern SECRET = Pattern.compile("<code[^>]*>(rp_[A-Za-z0-9_-]+)</code>");
    private static final Pattern REVOKE = Pattern.compile("action=\"(/settings/tokens/\\d+/revoke)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    private static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group(1);
    }

    @Test
    void aTokenIsShownOnceWorksAsBearerAndStopsWorkingOnceRevoked() throws Exception {
        Person rep = program.rep("Toni");
        Cookie session = SignIn.as(mvc, rep);

        MvcResult created = mvc.perform(post("/settings/tokens").cookie(session).with(csrf()).param("name", "deploy script"))
                .andExpect(redirectedUrl("/settings"))
                .andReturn();
        String page = mvc.perform(get("/settings").cookie(session).flashAttrs(created.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your new token &quot;deploy script&quot;:")))
                .andReturn().getResponse().getContentAsString();
        String secret = find(SECRET, page);

        mvc.perform(get("/settings").cookie(session))
                .andExpect(content().string(containsString("deploy script")))
                .andExpect(content().string(not(containsString(secret))));

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(rep.getId()));

        String listing = mvc.perform(get("/settings").cookie(session)).andReturn().getResponse().getContentAsString();
        String revokeNewest = find(REVOKE, listing);
        mvc.perform(post(revokeNewest).cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/settings"));

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isOk());
    }

    @Test
    void aBearerRequestMakesNoSession() throws Exception {
        Person rep = program.rep("Stateless");

        MvcResult result = mvc.perform(get("/api/v1/me").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isOk())
                .andReturn();

        assertThat(result.getResponse().getCookie("SESSION")).isNull();
    }

    @Test
    void nobodyRevokesSomeoneElsesToken() throws Exception {
        Person owner = program.rep("Owner");
        Person other = program.rep("Intruder");
        String ownerPage = mvc.perform(get("/settings").cookie(SignIn.as(mvc, owner)))
                .andReturn().getResponse().getContentAsString();

        mvc.perform(post(find(REVOKE, ownerPage)).cookie(SignIn.as(mvc, other)).with(csrf()))
                .andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/me").header("Authorization", Program.bearer(owner)))
                .andExpect(status().isOk());
    }
}
