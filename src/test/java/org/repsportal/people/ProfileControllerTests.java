package org.repsportal.people;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repsportal.identity.AccessTokens;
import org.repsportal.identity.WebSliceSecurity;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
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

@WebMvcTest(ProfileController.class)
@Import(WebSliceSecurity.class)
class ProfileControllerTests {

    private static final long ROSA = 7;
    private static final long OTHER = 8;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    People people;

    @MockitoBean
    Profiles profiles;

    @MockitoBean
    Catalog catalog;

    @MockitoBean
    AccessTokens tokens;

    @BeforeEach
    void rosaAndAnotherRepExist() {
        given(people.get(ROSA)).willReturn(person(ROSA, "Rosa"));
        given(people.get(OTHER)).willReturn(person(OTHER, "Otto"));
        given(catalog.countries()).willReturn(List.of(new Catalog.Country("DE", "Germany", "EUROPE"),
                new Catalog.Country("KE", "Kenya", "AFRICA")));
        given(catalog.languages()).willReturn(List.of(new Catalog.Language("en", "English")));
        given(catalog.functionalAreas()).willReturn(List.of(new Catalog.FunctionalArea("EVENTS", "Events")));
    }

    private static Person person(long id, String name) {
        var person = new Person(name, name + " Fullname", name.toLowerCase() + "@test.example", "DE", "Europe/Berlin",
                LocalDate.of(2024, 1, 15), EnumSet.of(Role.REP));
        ReflectionTestUtils.setField(person, "id", id);
        return person;
    }

    private static ProfileView profileOf(long id, String name, PersonSummary mentor, List<PersonSummary> mentees,
                                    boolean editable) {
        return new ProfileView(id, name, name + " Fullname", null, "EUROPE", "Europe", "DE", "Germany", "Berlin",
                "Europe/Berlin", List.of("English"), List.of("Events"), List.of("en"), List.of("EVENTS"), null,
                LocalDate.of(2024, 1, 15), List.of(Role.MENTOR), PersonStatus.ACTIVE, mentor, mentees, editable, false);
    }

    @Test
    void theEditFormStartsWithTheStoredProfile() throws Exception {
        mvc.perform(get("/people/{id}/edit", ROSA).with(signedIn(people, ROSA, Role.REP)))
                .andExpect(status().isOk())
                .andExpect(view().name("people/edit"))
                .andExpect(result -> assertThat(((ProfileForm) result.getModelAndView().getModel().get("profile")).getFullName())
                        .isEqualTo("Rosa Fullname"))
                .andExpect(content().string(containsString("value=\"Rosa Fullname\"")));
    }

    @Test
    void anInvalidFormComesBackWithFieldErrorCodesAndWhatWasTyped() throws Exception {
        mvc.perform(post("/people/{id}/edit", ROSA).with(signedIn(people, ROSA, Role.REP)).with(csrf())
                        .param("displayName", " ")
                        .param("fullName", "Rosa Typed Name")
                        .param("countryCode", "KE")
                        .param("city", "x".repeat(101))
                        .param("timeZone", "Africa/Nairobi")
                        .param("languages", "en"))
                .andExpect(status().isOk())
                .andExpect(view().name("people/edit"))
                .andExpect(model().attributeHasFieldErrorCode("profile", "displayName", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("profile", "city", "Size"))
                .andExpect(model().attributeHasNoErrors("person"))
                .andExpect(content().string(containsString("value=\"Rosa Typed Name\"")))
                .andExpect(content().string(containsString("value=\"Africa/Nairobi\"")))
                .andExpect(content().string(containsString("Please fill this in.")))
                .andExpect(content().string(containsString("id=\"error-summary\"")));
        then(people).should(never()).updateProfile(any(), anyLong(), any());
    }

    @Test
    void whatTheDomainRejectsComesBackAsFieldErrorsOnTheForm() throws Exception {
        given(people.updateProfile(any(), eq(ROSA), any())).willThrow(new InvalidInputException(
                List.of(new FieldProblem("timeZone", "profile.timeZone.unknown"))));

        mvc.perform(post("/people/{id}/edit", ROSA).with(signedIn(people, ROSA, Role.REP)).with(csrf())
                        .param("displayName", "Rosa")
                        .param("fullName", "Rosa Fullname")
                        .param("countryCode", "DE")
                        .param("timeZone", "Mars/Olympus_Mons"))
                .andExpect(status().isOk())
                .andExpect(view().name("people/edit"))
                .andExpect(model().attributeHasFieldErrorCode("profile", "timeZone", "profile.timeZone.unknown"))
                .andExpect(content().string(containsString("value=\"Mars/Olympus_Mons\"")))
                .andExpect(content().string(containsString("This is not a time zone we know")));
    }

    @Test
    void aValidFormSavesTheProfileAndGoesBackToItWithAMessage() throws Exception {
        mvc.perform(post("/people/{id}/edit", ROSA).with(signedIn(people, ROSA, Role.REP)).with(csrf())
                        .param("displayName", "Rosa R.")
                        .param("fullName", "Rosa Rossi")
                        .param("countryCode", "DE")
                        .param("city", "Bonn")
                        .param("timeZone", " Europe/Berlin ")
                        .param("languages", "en")
                        .param("functionalAreas", "EVENTS")
                        .param("bio", "Hello"))
                .andExpect(redirectedUrl("/people/" + ROSA))
                .andExpect(flash().attribute("flash", "profile.saved"));

        then(people).should().updateProfile(WebSliceSecurity.actor(ROSA, Role.REP), ROSA, new ProfileChanges(
                "Rosa R.", "Rosa Rossi", "DE", "Bonn", "Europe/Berlin", Set.of("en"), Set.of("EVENTS"), "Hello"));
    }

    @Test
    void someoneElsesEditFormIsForbidden() throws Exception {
        mvc.perform(get("/people/{id}/edit", OTHER).with(signedIn(people, ROSA, Role.REP, Role.MENTOR)))
                .andExpect(status().isForbidden())
                .andExpect(view().name("error/403"))
                .andExpect(content().string(containsString("You may only edit your own profile.")));
    }

    @Test
    void savingSomeoneElsesProfileIsForbiddenAndChangesNothing() throws Exception {
        mvc.perform(post("/people/{id}/edit", OTHER).with(signedIn(people, ROSA, Role.COUNCIL)).with(csrf())
                        .param("displayName", "Hacked")
                        .param("fullName", "Hacked")
                        .param("countryCode", "DE")
                        .param("timeZone", "Europe/Berlin"))
                .andExpect(status().isForbidden())
                .andExpect(view().name("error/403"));
        then(people).should(never()).updateProfile(any(), anyLong(), any());
    }

    @Test
    void anAdminMayOpenAnyonesEditForm() throws Exception {
        mvc.perform(get("/people/{id}/edit", OTHER).with(signedIn(people, 99, Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(view().name("people/edit"));
    }

    @Test
    void anUnknownPersonIsTheNotFoundPage() throws Exception {
        given(profiles.view(any(), eq(404L))).willThrow(new NotFoundException("Person", 404L));

        mvc.perform(get("/people/{id}", 404L).with(signedIn(people, ROSA, Role.REP)))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"))
                .andExpect(content().string(containsString("Not found")));
    }

    @Test
    void theProfileListsTheMentorAndTheMentees() throws Exception {
        given(profiles.view(any(), eq(ROSA))).willReturn(profileOf(ROSA, "Rosa", new PersonSummary(3, "Mona Mentor"),
                List.of(new PersonSummary(11, "Ana"), new PersonSummary(12, "Ben")), true));

        mvc.perform(get("/people/{id}", ROSA).with(signedIn(people, ROSA, Role.REP, Role.MENTOR)))
                .andExpect(status().isOk())
                .andExpect(view().name("people/profile"))
                .andExpect(model().attribute("canAssignMentor", false))
                .andExpect(content().string(containsString("href=\"/people/3\">Mona Mentor</a>")))
                .andExpect(content().string(containsString("Mentees (2)")))
                .andExpect(content().string(containsString("href=\"/people/11\">Ana</a>")))
                .andExpect(content().string(containsString("href=\"/people/7/edit\"")))
                .andExpect(content().string(not(containsString("Change mentor"))));
    }

    @Test
    void theCouncilIsOfferedAChangeOfMentorOnAProfile() throws Exception {
        given(profiles.view(any(), eq(OTHER))).willReturn(profileOf(OTHER, "Otto", null, List.of(), false));
        given(profiles.mayChangeMentor(any())).willReturn(true);

        mvc.perform(get("/people/{id}", OTHER).with(signedIn(people, 2, Role.COUNCIL)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("canAssignMentor", true))
                .andExpect(content().string(containsString("Change mentor")))
                .andExpect(content().string(not(containsString("Edit profile"))));
    }

    @Test
    void namesAreEscapedOnTheProfile() throws Exception {
        given(profiles.view(any(), eq(ROSA))).willReturn(profileOf(ROSA, "<script>alert(1)</script>", null, List.of(), true));

        mvc.perform(get("/people/{id}", ROSA).with(signedIn(people, ROSA, Role.REP)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
    }

    @Test
    void myProfileLeadsToTheSignedInPersonsProfile() throws Exception {
        mvc.perform(get("/profile").with(signedIn(people, ROSA, Role.REP)))
                .andExpect(redirectedUrl("/people/" + ROSA));
        mvc.perform(get("/profile/edit").with(signedIn(people, ROSA, Role.REP)))
                .andExpect(redirectedUrl("/people/" + ROSA + "/edit"));
    }

    @Test
    void withoutSigningInAProfileLeadsToTheSignInPage() throws Exception {
        mvc.perform(get("/people/{id}", ROSA))
                .andExpect(redirectedUrl("/login"));
        then(profiles).shouldHaveNoInteractions();
    }

    @Test
    void savingWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/people/{id}/edit", ROSA).with(signedIn(people, ROSA, Role.REP))
                        .param("displayName", "Rosa")
                        .param("fullName", "Rosa Fullname")
                        .param("countryCode", "DE")
                        .param("timeZone", "Europe/Berlin"))
                .andExpect(status().isForbidden());
        then(people).should(never()).updateProfile(any(), anyLong(), any());
    }
}
