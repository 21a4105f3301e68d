package org.repsportal.mentorship;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repsportal.identity.AccessTokens;
import org.repsportal.identity.WebSliceSecurity;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.people.PersonOption;
import org.repsportal.people.PersonPicker;
import org.repsportal.people.PickPurpose;
import org.repsportal.people.Role;
import org.repsportal.platform.Decision;
import org.repsportal.platform.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
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

@WebMvcTest(MentorshipController.class)
@Import(WebSliceSecurity.class)
class MentorshipControllerTests {

    private static final long MENTEE = 10;
    private static final long MENTOR = 20;
    private static final long NEW_MENTOR = 21;
    private static final long COUNCIL = 30;
    private static final long OTHER_REP = 40;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Mentorships mentorships;

    @MockitoBean
    People people;

    @MockitoBean
    AccessTokens tokens;

    @MockitoBean
    PersonPicker picker;

    @BeforeEach
    void aMenteeWithAMentor() {
        var mentee = new Person("Rafa", "Rafa Fullname", "rafa@test.example", "DE", "Europe/Berlin",
                LocalDate.of(2024, 1, 15), EnumSet.of(Role.REP));
        ReflectionTestUtils.setField(mentee, "id", MENTEE);
        given(people.get(MENTEE)).willReturn(mentee);
        given(mentorships.currentMentorOf(MENTEE)).willReturn(Optional.of(MENTOR));
        given(mentorships.historyOf(MENTEE)).willReturn(List.of());
        // the service answers who may assign as the mentorship rules do: the Council and Admins
        given(mentorships.mayAssign(any())).willAnswer(call -> ((Actor) call.getArgument(0)).isCouncilOrAdmin()
                ? Decision.allow() : Decision.refuse("policy.mentorship.council-or-admin"));
        given(picker.search(any(), eq(PickPurpose.MENTOR), any(), any())).willReturn(List.of(
                new PersonOption(MENTOR, "Mona", "Mona · Germany · Mentor"), new PersonOption(NEW_MENTOR, "Nils", "Nils · Peru · Mentor")));
        given(mentorships.currentMenteeCounts()).willReturn(Map.of(MENTOR, 3L));
    }

    @Test
    void aRepPostingAChangeOfMentorIsForbidden() throws Exception {
        mvc.perform(post("/people/{id}/mentor", MENTEE).with(signedIn(people, MENTEE, Role.REP)).with(csrf())
                        .param("mentorId", String.valueOf(NEW_MENTOR))
                        .param("kind", "PERMANENT")
                        .param("reason", "I prefer Nils"))
                .andExpect(status().isForbidden())
                .andExpect(view().name("error/403"))
                .andExpect(content().string(containsString("Only the Council and Admins assign mentors.")));

        then(mentorships).should(never()).assign(any(), any());
    }

    @Test
    void aMentorPostingAChangeOfMentorIsForbiddenToo() throws Exception {
        mvc.perform(post("/people/{id}/mentor", MENTEE).with(signedIn(people, MENTOR, Role.REP, Role.MENTOR)).with(csrf())
                        .param("mentorId", String.valueOf(NEW_MENTOR))
                        .param("kind", "PERMANENT")
                        .param("reason", "Handing over"))
                .andExpect(status().isForbidden());

        then(mentorships).should(never()).assign(any(), any());
    }

    @Test
    void theCouncilAssignsAMentorAndGoesBackToTheProfile() throws Exception {
        mvc.perform(post("/people/{id}/mentor", MENTEE).with(signedIn(people, COUNCIL, Role.COUNCIL)).with(csrf())
                        .param("mentorId", String.valueOf(NEW_MENTOR))
                        .param("kind", "INTERIM")
                        .param("reason", "  Mona is away  "))
                .andExpect(redirectedUrl("/people/" + MENTEE))
                .andExpect(flash().attribute("flash", "mentorship.saved"));

        then(mentorships).should().assign(actor(COUNCIL, Role.COUNCIL),
                new AssignMentor(MENTEE, NEW_MENTOR, AssignmentKind.INTERIM, "Mona is away"));
    }

    @Test
    void aChangeWithoutMentorOrReasonComesBackWithFieldErrors() throws Exception {
        mvc.perform(post("/people/{id}/mentor", MENTEE).with(signedIn(people, COUNCIL, Role.COUNCIL)).with(csrf())
                        .param("mentorId", "")
                        .param("kind", "PERMANENT")
                        .param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(view().name("mentorship/assign"))
                .andExpect(model().attributeHasFieldErrorCode("assignment", "mentorId", "NotNull"))
                .andExpect(model().attributeHasFieldErrorCode("assignment", "reason", "NotBlank"));

        then(mentorships).should(never()).assign(any(), any());
    }

    @Test
    void aMentorTheRulesRefuseIsShownOnTheMentorField() throws Exception {
        given(mentorships.assign(any(), any())).willThrow(new RuleViolationException("policy.mentorship.no-circle"));

        mvc.perform(post("/people/{id}/mentor", MENTEE).with(signedIn(people, COUNCIL, Role.COUNCIL)).with(csrf())
                        .param("mentorId", String.valueOf(NEW_MENTOR))
                        .param("kind", "PERMANENT")
                        .param("reason", "Swap"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("assignment", "mentorId", "policy.mentorship.no-circle"))
                .andExpect(content().string(containsString("This mentor is the Rep’s own mentee")))
                .andExpect(content().string(containsString(">Swap</textarea>")));
    }

    @Test
    void theCouncilSeesTheFormWithEachMentorsLoad() throws Exception {
        mvc.perform(get("/people/{id}/mentor", MENTEE).with(signedIn(people, COUNCIL, Role.COUNCIL)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("canAssign", true))
                .andExpect(content().string(containsString(">Mona · Germany · Mentor (3 mentees)</option>")))
                .andExpect(content().string(containsString(">Nils · Peru · Mentor (no mentees)</option>")));
    }

    @Test
    void theMenteeSeesTheHistoryButNoForm() throws Exception {
        mvc.perform(get("/people/{id}/mentor", MENTEE).with(signedIn(people, MENTEE, Role.REP)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("canAssign", false))
                .andExpect(content().string(not(containsString("action=\"/people/" + MENTEE + "/mentor\""))))
                .andExpect(content().string(containsString("No mentor has been assigned yet.")));
    }

    @Test
    void anotherRepMayNotReadSomeonesMentorshipHistory() throws Exception {
        mvc.perform(get("/people/{id}/mentor", MENTEE).with(signedIn(people, OTHER_REP, Role.REP)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("A mentorship history is open to the Rep")));
    }

    @Test
    void postingWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/people/{id}/mentor", MENTEE).with(signedIn(people, COUNCIL, Role.COUNCIL))
                        .param("mentorId", String.valueOf(NEW_MENTOR))
                        .param("kind", "PERMANENT")
                        .param("reason", "Swap"))
                .andExpect(status().isForbidden());

        then(mentorships).should(never()).assign(any(), any());
    }
}
