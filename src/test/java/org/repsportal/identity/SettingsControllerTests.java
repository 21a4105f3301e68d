package org.repsportal.identity;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.repsportal.people.People;
import org.repsportal.people.Role;
import org.repsportal.platform.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.repsportal.identity.WebSliceSecurity.actor;
import static org.repsportal.identity.WebSliceSecurity.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(SettingsController.class)
@Import(WebSliceSecurity.class)
class SettingsControllerTests {

    private static final long ME = 3;
    private static final Instant CREATED = Instant.parse("2026-02-01T09:30:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AccessTokens tokens;

    @MockitoBean
    People people;

    @MockitoBean
    SignInIdentities identities;

    @MockitoBean
    SignInProviders providers;

    @Test
    void listsTheTokensWithoutTheirSecrets() throws Exception {
        given(tokens.of(actor(ME, Role.REP))).willReturn(List.of(
                IdentityFixtures.accessToken(1, ME, "laptop", "rp_laptopsecret123", CREATED, null),
                IdentityFixtures.accessToken(2, ME, "old phone", "rp_phonesecret456", CREATED, CREATED.plusSeconds(60))));

        mvc.perform(get("/settings").with(signedIn(people, ME, Role.REP)))
                .andExpect(status().isOk())
                .andExpect(view().name("identity/settings"))
                .andExpect(content().string(containsString("laptop")))
                .andExpect(content().string(containsString("rp_lapto")))
                .andExpect(content().string(not(containsString("rp_laptopsecret123"))))
                .andExpect(content().string(containsString("1 Feb 2026, 09:30")))
                .andExpect(content().string(containsString("Revoke the token laptop")))
                .andExpect(content().string(not(containsString("Revoke the token old phone"))))
                .andExpect(content().string(containsString("Revoked")));
    }

    @Test
    void aNewTokenIsCreatedAndItsSecretHandedToTheNextPageOnly() throws Exception {
        given(tokens.create(actor(ME, Role.REP), "ci script"))
                .willReturn(IdentityFixtures.createdToken(5, ME, "ci script", "rp_brandnewsecret", CREATED));

        mvc.perform(post("/settings/tokens").param("name", "ci script").with(signedIn(people, ME, Role.REP)).with(csrf()))
                .andExpect(redirectedUrl("/settings"))
                .andExpect(flash().attribute("newToken", "rp_brandnewsecret"))
                .andExpect(flash().attribute("newTokenName", "ci script"));
    }

    @Test
    void theSecretIsShownOnThePageAfterCreation() throws Exception {
        given(tokens.of(any())).willReturn(List.of());

        mvc.perform(get("/settings").flashAttr("newToken", "rp_brandnewsecret").flashAttr("newTokenName", "ci script")
                        .with(signedIn(people, ME, Role.REP)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("rp_brandnewsecret")))
                .andExpect(content().string(containsString("Copy it now: it will not be shown again.")));
        mvc.perform(get("/settings").with(signedIn(people, ME, Role.REP)))
                .andExpect(content().string(not(containsString("rp_brandnewsecret"))));
    }

    @Test
    void aTokenNeedsAName() throws Exception {
        given(tokens.of(any())).willReturn(List.of());

        mvc.perform(post("/settings/tokens").param("name", "  ").with(signedIn(people, ME, Role.REP)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("identity/settings"))
                .andExpect(model().attributeHasFieldErrorCode("tokenForm", "name", "NotBlank"));

        then(tokens).should(never()).create(any(), anyString());
    }

    @Test
    void revokingATokenSaysSo() throws Exception {
        mvc.perform(post("/settings/tokens/{id}/revoke", 5).with(signedIn(people, ME, Role.REP)).with(csrf()))
                .andExpect(redirectedUrl("/settings"))
                .andExpect(flash().attribute("flash", "settings.tokens.revoked"));

        then(tokens).should().revoke(actor(ME, Role.REP), 5);
    }

    @Test
    void someoneElsesTokenIsNotFound() throws Exception {
        willThrow(new NotFoundException("Token", 6L)).given(tokens).revoke(any(), eq(6L));

        mvc.perform(post("/settings/tokens/{id}/revoke", 6).with(signedIn(people, ME, Role.REP)).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
    }

    @Test
    void creatingATokenWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/settings/tokens").param("name", "sneaky").with(signedIn(people, ME, Role.REP)))
                .andExpect(status().isForbidden());

        then(tokens).should(never()).create(any(), anyString());
    }
}
