package org.repsportal.orientation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@PortalTest
class OrientationPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    Orientations orientations;

    @Autowired
    OrientationCalls calls;

    private Person council;

    /** A Rep the Council nominated and appointed: in orientation, nothing done yet. */
    private Person aNewMentor(String name) {
        council = program.council("Council of " + name);
        Person rep = program.rep(name);
        long id = orientations.nominate(program.actor(council), rep.getId(), "Runs great events").getId();
        orientations.appoint(program.actor(council), id);
        return rep;
    }

    @Test
    void aStepCompletedTwiceChangesNothingAndShowsNoErrorPage() throws Exception {
        Person newMentor = aNewMentor("Nia");

        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/orientation/steps/{key}/complete", "mentors-channel").with(csrf())
                            .header("Authorization", Program.bearer(newMentor)))
                    .andExpect(redirectedUrl("/orientation#step-mentors-channel"))
                    .andExpect(flash().attribute("flash", "orientation.step.saved"));
        }

        assertThat(orientations.checklist(program.actor(newMentor)).doneCount()).isEqualTo(1);
        mvc.perform(get("/orientation").header("Authorization", Program.bearer(newMentor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"orientation-progress\"")))
                .andExpect(content().string(containsString("value=\"1\"")))
                .andExpect(content().string(containsString("1 of 7 steps done")))
                .andExpect(content().string(containsString("id=\"complete-training\"")))
                .andExpect(content().string(not(containsString("id=\"complete-mentors-channel\""))));
    }

    @Test
    void theApiAnswersTheChecklistAndCompletingTwiceIsStillOk() throws Exception {
        Person newMentor = aNewMentor("Ode");

        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/v1/orientation/steps/{key}/complete", "training").header("Authorization", Program.bearer(newMentor)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.steps[?(@.key == 'training')].done", hasItem(true)))
                    .andExpect(jsonPath("$.complete").value(false));
        }
        mvc.perform(get("/api/v1/orientation").header("Authorization", Program.bearer(newMentor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steps.length()").value(7))
                .andExpect(jsonPath("$.steps[0].key").value("onboarding-call"))
                .andExpect(jsonPath("$.steps[0].title").value("Attend an onboarding call with Council members"))
                .andExpect(jsonPath("$.steps[0].done").value(false))
                .andExpect(jsonPath("$.steps[1].done").value(true))
                .andExpect(jsonPath("$.steps[1].doneOn").value(LocalDate.now().toString()))
                .andExpect(jsonPath("$.complete").value(false));
    }

    @Test
    void aRepWithoutOrientationSeesHowToBecomeAMentorAndAMentorCanNominateAMentee() throws Exception {
        Person mentor = program.mentor("Ivo");
        Person rep = program.rep("Jun");
        program.assign(rep, mentor);

        mvc.perform(get("/orientation").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You are not in orientation.")))
                .andExpect(content().string(containsString("id=\"self-nominate\"")));
        mvc.perform(get("/orientation").header("Authorization", Program.bearer(mentor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"nominate\"")))
                .andExpect(content().string(containsString(">Jun · Germany · Rep</option>")));
        mvc.perform(post("/orientation/nominations").with(csrf()).header("Authorization", Program.bearer(rep)).param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("nomination", "reason", "orientation.nomination.reason.required"));
    }

    @Test
    void aWitnessStepIsForbiddenAndAnUnknownStepIsNotFound() throws Exception {
        Person newMentor = aNewMentor("Pax");

        mvc.perform(post("/api/v1/orientation/steps/{key}/complete", "onboarding-call").header("Authorization", Program.bearer(newMentor)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("A Council member confirms this step (a call attended)."));
        mvc.perform(post("/api/v1/orientation/steps/{key}/complete", "no-such-step").header("Authorization", Program.bearer(newMentor)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/orientation").header("Authorization", Program.bearer(program.rep("Quinn"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRepOpeningTheCouncilsOrientationViewIsForbidden() throws Exception {
        Person newMentor = aNewMentor("Rue");
        Person rep = program.rep("Sol");

        mvc.perform(get("/council/orientation").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isForbidden())
                .andExpect(view().name("error/403"));
        mvc.perform(get("/api/v1/orientation/in-progress").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/council/orientation").param("size", "100").header("Authorization", Program.bearer(council)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(newMentor.getDisplayName())))
                .andExpect(content().string(containsString("Attend an onboarding call with Council members")));
    }

    @Test
    void aCallScheduledInThePastComesBackWithAFieldErrorOnItsDate() throws Exception {
        Person newMentor = aNewMentor("Tao");

        mvc.perform(post("/orientation/calls").with(csrf()).header("Authorization", Program.bearer(council))
                        .param("kind", "ONBOARDING")
                        .param("date", LocalDate.now().minusDays(1).toString())
                        .param("time", "10:00")
                        .param("timeZone", "Europe/Berlin")
                        .param("durationMinutes", "60")
                        .param("link", "https://meet.example.org/onboarding")
                        .param("inviteeIds", String.valueOf(newMentor.getId())))
                .andExpect(status().isOk())
                .andExpect(view().name("orientation/call-new"))
                .andExpect(model().attributeHasFieldErrorCode("call", "date", "orientation.call.past"))
                .andExpect(content().string(containsString("aria-describedby=\"date-error\"")))
                .andExpect(content().string(containsString("The call would be in the past")))
                .andExpect(content().string(containsString("value=\"https://meet.example.org/onboarding\"")));
    }

    @Test
    void aBadTimeZoneIsAFieldErrorInTheApiToo() throws Exception {
        Person newMentor = aNewMentor("Uma");

        mvc.perform(post("/api/v1/orientation/calls").header("Authorization", Program.bearer(council))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"TRAINING","date":"%s","time":"18:00","timeZone":"Not/AZone",
                                 "link":"https://meet.example.org/t","inviteeIds":[%d]}""".formatted(LocalDate.now().plusDays(5), newMentor.getId())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("timeZone"));
    }

    @Test
    void attendanceIsRefusedToAnyoneButTheCouncilWhateverTheySendAndTheCouncilIsToldWhatIsMissing() throws Exception {
        Person newMentor = aNewMentor("Xia");
        OrientationCall call = calls.schedule(program.actor(council), new ScheduleCall(CallKind.TRAINING,
                LocalDate.now().plusDays(4), LocalTime.of(17, 0), "Europe/Berlin", null, "https://meet.example.org/x", null,
                List.of(newMentor.getId())));
        String attendance = "/api/v1/orientation/calls/" + call.getId() + "/attendance";

        for (String body : List.of("{}", "{\"personId\":%d}".formatted(newMentor.getId()),
                "{\"personId\":%d,\"attended\":true}".formatted(newMentor.getId()))) {
            mvc.perform(post(attendance).header("Authorization", Program.bearer(newMentor))
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post(attendance).header("Authorization", Program.bearer(newMentor)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/orientation/calls/{id}/attendance", call.getId()).with(csrf())
                        .header("Authorization", Program.bearer(newMentor)))
                .andExpect(status().isForbidden());

        mvc.perform(post(attendance).header("Authorization", Program.bearer(council))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"personId\":%d}".formatted(newMentor.getId())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("attended"));
        mvc.perform(post(attendance).header("Authorization", Program.bearer(council))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":%d,\"attended\":true}".formatted(newMentor.getId())))
                .andExpect(status().isConflict());
    }

    @Test
    void aScheduledCallIsShownToTheInviteeWithItsCalendarInvitation() throws Exception {
        Person newMentor = aNewMentor("Vik");
        OrientationCall call = calls.schedule(program.actor(council), new ScheduleCall(CallKind.ONBOARDING,
                LocalDate.now().plusDays(7), LocalTime.of(15, 0), "Africa/Nairobi", null, "https://meet.example.org/o", null,
                List.of(newMentor.getId())));

        mvc.perform(get("/orientation/calls/{id}", call.getId()).header("Authorization", Program.bearer(newMentor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Africa/Nairobi")));
        mvc.perform(get("/orientation/calls/{id}/invite.ics", call.getId()).header("Authorization", Program.bearer(newMentor)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andExpect(content().string(containsString("METHOD:REQUEST")))
                .andExpect(content().string(containsString("TZID:Africa/Nairobi")));
        mvc.perform(get("/orientation/calls/{id}", call.getId()).header("Authorization", Program.bearer(program.rep("Wes"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void theCouncilIsToldAMentorInOrientationIsNotReadyAndMayOverrideWithAReason() throws Exception {
        Person newMentor = aNewMentor("Xia");
        Person rep = program.rep("Yan");

        mvc.perform(get("/people/{id}/mentor", rep.getId()).param("q", newMentor.getDisplayName())
                        .header("Authorization", Program.bearer(council)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<option value=\"" + newMentor.getId() + "\">" + newMentor.getDisplayName() + " · Germany · Mentor")))
                .andExpect(content().string(containsString(" (no mentees) — orientation not finished</option>")));
        mvc.perform(post("/people/{id}/mentor", rep.getId()).with(csrf()).header("Authorization", Program.bearer(council))
                        .param("mentorId", String.valueOf(newMentor.getId())).param("kind", "PERMANENT").param("reason", "Same city"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("assignment", "mentorId", "policy.orientation.not-ready"));
        mvc.perform(post("/people/{id}/mentor", rep.getId()).with(csrf()).header("Authorization", Program.bearer(council))
                        .param("mentorId", String.valueOf(newMentor.getId())).param("kind", "PERMANENT").param("reason", "Same city")
                        .param("override", "The only mentor in the region"))
                .andExpect(redirectedUrlPattern("/people/*"));
    }

    @Test
    void aMentorNominatesAMenteeAndTheCouncilAppointsOnTheNominationPage() throws Exception {
        Person mentor = program.mentor("Zed");
        Person mentee = program.rep("Ama");
        program.assign(mentee, mentor);
        Person councilMember = program.council("Bea");

        String location = mvc.perform(post("/orientation/nominations").with(csrf()).header("Authorization", Program.bearer(mentor))
                        .param("personId", String.valueOf(mentee.getId())).param("reason", "Leads the local community"))
                .andExpect(redirectedUrlPattern("/orientation/nominations/*"))
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(post(location + "/decline").with(csrf()).header("Authorization", Program.bearer(councilMember)).param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("decline", "reason", "orientation.decline.reason.required"));
        mvc.perform(post(location + "/appoint").with(csrf()).header("Authorization", Program.bearer(mentor)))
                .andExpect(status().isForbidden());
        mvc.perform(post(location + "/appoint").with(csrf()).header("Authorization", Program.bearer(councilMember)))
                .andExpect(redirectedUrl(location));
        mvc.perform(get("/api/v1/orientation").header("Authorization", Program.bearer(mentee)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("IN_ORIENTATION"));
    }
}
