package org.repsportal.applications;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.platform.ForbiddenException;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class OnboardingTests {

    @Autowired
    Applications applications;

    @Autowired
    Onboarding onboarding;

    @Autowired
    ApplicationRepository repository;

    @Autowired
    ApplicationsDaily daily;

    @Autowired
    Program program;

    @Autowired
    People people;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ApplicantsDashboard dashboard;

    @Autowired
    org.repsportal.identity.AccessTokens tokens;

    @Autowired
    org.repsportal.mentorship.Mentorships mentorships;

    @AfterEach
    void resetTheClock() {
        ((TestClock) clock).reset();
    }

    record Accepted(Application application, Person rep, Person mentor, Person council) {
    }

    record Interviewed(long id, Person mentor, Person council) {
    }

    /** An application taken through to acceptance by the services, as the pages would. */
    Accepted accepted(String name) {
        Interviewed i = interviewed(name);
        Actor c = program.actor(i.council());
        applications.decide(c, i.id(), Outcome.ACCEPTED, "Welcome", null, null, null);
        Application done = repository.findById(i.id()).orElseThrow();
        return new Accepted(done, people.get(done.getPersonId()), i.mentor(), i.council());
    }

    /** An application whose interviewer recorded the interview, waiting for the Council's decision. */
    Interviewed interviewed(String name) {
        Application a = assigned(name, program.mentor("Onboarding Mentor"));
        Person council = program.council("Onboarding Council");
        Person mentor = people.get(a.getInterviewerId());
        applications.recordInterview(program.actor(mentor), a.getId(),
                new InterviewRecord(List.of(3, 3, 3, 3, 3), List.of(), List.of(), Outcome.ACCEPTED, "Good"));
        return new Interviewed(a.getId(), mentor, council);
    }

    /** An application in screening given to the mentor to interview. */
    Application assigned(String name, Person mentor) {
        String email = name.toLowerCase() + "." + System.nanoTime() + "@applicant.example";
        var request = new ApplicationRequest(name, email, "EUROPE", "DE", "Berlin", List.of("de", "en"), "Europe/Berlin",
                List.of("EVENTS"), true, 12, ApplicationStateMachineTests.ANSWERS, List.of(),
                List.of(new ApplicationRequest.RefereeRequest("Ref", "ref." + System.nanoTime() + "@ref.example")));
        Application a = applications.apply(request, "10.3.0." + (System.nanoTime() % 200)).application();
        applications.confirm(a.getConfirmToken());
        Actor c = program.actor(program.council("Screening Council"));
        applications.startScreening(c, a.getId());
        applications.assignInterviewer(c, a.getId(), mentor.getId());
        return repository.findById(a.getId()).orElseThrow();
    }

    @Test
    void theNewRepAndTheMentorSeeTheChecklistOthersDoNot() throws Exception {
        Accepted x = accepted("Greta");
        Person stranger = program.mentor("Stranger");

        mvc.perform(get("/onboarding/" + x.application().getId()).header("Authorization", Program.bearer(x.mentor())))
                .andExpect(status().isOk())
                .andExpect(model().attribute("isMentor", true));
        mvc.perform(get("/onboarding/" + x.application().getId()).header("Authorization", Program.bearer(stranger)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theMentorShipsTheWelcomePackAndTheRepConfirmsItsReceiptWhichClosesTheTask() {
        Accepted x = accepted("Hanna");
        long id = x.application().getId();
        Actor rep = program.actor(x.rep());
        Actor mentor = program.actor(x.mentor());

        String ref = Onboarding.packTaskRef(x.application());
        await().atMost(Duration.ofSeconds(20)).until(() -> "OPEN".equals(
                jdbc.sql("select state from tasks where source_ref = ?").param(ref).query(String.class).optional().orElse(null)));
        assertThat(jdbc.sql("select assignee_id from tasks where source_ref = ?").param(ref).query(Long.class).single())
                .as("the Welcome Pack is the mentor's task").isEqualTo(x.mentor().getId());

        assertThatThrownBy(() -> onboarding.preparePack(rep, id, "Street 1", true, "Shirt", null, null))
                .isInstanceOf(ForbiddenException.class);
        onboarding.preparePack(mentor, id, "Street 1, Berlin", true, "T-shirt, stickers", "M", "EUR 15");
        onboarding.ship(mentor, id, "DHL", "JD0001");
        assertThat(onboarding.pack(repository.findById(id).orElseThrow()).getState()).isEqualTo(WelcomePack.State.SHIPPED);
        assertThatThrownBy(() -> onboarding.confirmReceipt(mentor, id)).isInstanceOf(ForbiddenException.class);
        onboarding.confirmReceipt(rep, id);

        await().atMost(Duration.ofSeconds(20)).until(() -> "CLOSED".equals(
                jdbc.sql("select state from tasks where source_ref = ?").param(ref).query(String.class).optional().orElse(null)));
    }

    @Test
    void anOnboardingUnfinishedAfterAMonthBecomesACouncilTaskOnce() {
        Accepted x = accepted("Ida");
        long id = x.application().getId();
        onboarding.tick(program.actor(x.rep()), id, Onboarding.Step.AGREEMENT);

        ((TestClock) clock).advance(Duration.ofDays(29));
        daily.run(clock.instant());
        assertThat(repository.findById(id).orElseThrow().getOnboardingEscalatedAt()).isNull();

        ((TestClock) clock).advance(Duration.ofDays(3));
        daily.run(clock.instant());
        daily.run(clock.instant());
        assertThat(repository.findById(id).orElseThrow().getOnboardingEscalatedAt()).isNotNull();
        String ref = "application:" + id + ":onboarding-overdue";
        await().atMost(Duration.ofSeconds(20)).until(() ->
                jdbc.sql("select count(*) from tasks t join person_roles r on r.person_id = t.assignee_id and r.role = 'COUNCIL'"
                        + " where t.source_ref = ?").param(ref).query(Long.class).single() == 1);
    }

    @Test
    void everyStepDoneCompletesTheOnboarding() {
        Accepted x = accepted("Jana");
        long id = x.application().getId();
        Actor rep = program.actor(x.rep());
        Actor mentor = program.actor(x.mentor());
        onboarding.tick(rep, id, Onboarding.Step.AGREEMENT);
        onboarding.tick(rep, id, Onboarding.Step.PROFILE);
        onboarding.tick(rep, id, Onboarding.Step.LISTS);
        onboarding.preparePack(mentor, id, "Street 2, Berlin", true, "T-shirt", null, null);
        onboarding.ship(mentor, id, "DHL", null);
        onboarding.confirmReceipt(rep, id);
        assertThat(repository.findById(id).orElseThrow().getState())
                .as("the orientation check-in is still missing").isEqualTo(ApplicationState.ONBOARDING);
        assertThat(onboarding.checklist(repository.findById(id).orElseThrow()).done()).isEqualTo(4);
    }

    @Test
    void theMentorsMentorshipSectionListsTheInterviewWithItsNextStepAndTheNewRepWithTheirChecklistUntilClosed() throws Exception {
        Person mentor = program.mentor("Dashboard Mentor");
        Application a = assigned("Kira", mentor);
        assertThat(dashboard.workOf(mentor.getId()).interviews()).singleElement().satisfies(i -> {
            assertThat(i.applicationId()).isEqualTo(a.getId());
            assertThat(i.nextStep()).isEqualTo("slots");
            assertThat(i.by()).isEqualTo(a.getInterviewDueOn());
        });

        var day = java.time.LocalDate.now(clock).plusDays(3);
        applications.offerSlots(program.actor(mentor), a.getId(), List.of(
                new Applications.SlotRequest(day.atTime(10, 0), "Europe/Berlin"),
                new Applications.SlotRequest(day.atTime(15, 0), "Europe/Berlin")));
        assertThat(dashboard.workOf(mentor.getId()).interviews().get(0).nextStep()).isEqualTo("pick");
        long slot = jdbc.sql("select id from application_slots where application_id = ? and not withdrawn order by starts_at limit 1")
                .param(a.getId()).query(Long.class).single();
        applications.pickSlot(a.getStatusToken(), slot);
        var booked = dashboard.workOf(mentor.getId()).interviews().get(0);
        assertThat(booked.nextStep()).isEqualTo("booked");
        assertThat(booked.at().toInstant()).isEqualTo(day.atTime(10, 0).atZone(java.time.ZoneId.of("Europe/Berlin")).toInstant());

        assertThat(page(mentor).select("section[aria-labelledby=mentorship-queue] #dashboard-interviews li[data-step=booked] a").attr("href"))
                .isEqualTo("/applications/" + a.getId());

        applications.recordInterview(program.actor(mentor), a.getId(),
                new InterviewRecord(List.of(4, 4, 4, 4, 4), List.of(), List.of(), Outcome.ACCEPTED, "Ready"));
        assertThat(dashboard.workOf(mentor.getId()).interviews().get(0).nextStep()).isEqualTo("decision");
        Actor council = program.actor(program.council("Dashboard Council"));
        applications.decide(council, a.getId(), Outcome.ACCEPTED, "Welcome", null, null, null);

        var work = dashboard.workOf(mentor.getId());
        assertThat(work.interviews()).as("a decided interview leaves the list").isEmpty();
        assertThat(work.onboardings()).singleElement().satisfies(o -> {
            assertThat(o.applicationId()).isEqualTo(a.getId());
            assertThat(o.done()).isZero();
            assertThat(o.steps()).isEqualTo(5);
            assertThat(o.packState()).isEqualTo("PREPARED");
        });
        Actor rep = program.actor(people.get(repository.findById(a.getId()).orElseThrow().getPersonId()));
        onboarding.tick(rep, a.getId(), Onboarding.Step.AGREEMENT);
        onboarding.tick(rep, a.getId(), Onboarding.Step.LISTS);
        assertThat(dashboard.workOf(mentor.getId()).onboardings().get(0).done()).isEqualTo(2);
        var item = page(mentor).select("section[aria-labelledby=mentorship-queue] #dashboard-onboardings li[data-application=" + a.getId() + "]");
        assertThat(item.select("a").attr("href")).isEqualTo("/onboarding/" + a.getId());
        assertThat(item.text()).contains("2 of 5");
    }

    @Test
    void theCouncilsDashboardShowsTheFunnelOfTheLastSixMonthsAndTheApplicationsWaitingLongest() throws Exception {
        Person council = program.council("Funnel Council");
        Application waiting = assigned("Lotta", program.mentor("Funnel Mentor"));

        var funnel = dashboard.funnel(program.actor(council), 6).orElseThrow();
        assertThat(funnel.stages()).extracting(org.repsportal.dashboard.ApplicantsOverview.Stage::key)
                .containsExactly("submitted", "interviewed", "decided", "onboarded");
        assertThat(funnel.stages().get(0).count()).isPositive();
        assertThat(dashboard.funnel(program.actor(program.mentor("Not Council")), 6)).isEmpty();
        assertThat(dashboard.funnel(program.actor(program.admin("Admin Not Council")), 6)).isEmpty();

        var section = page(council).select("section[aria-labelledby=program]");
        assertThat(section.select("#dashboard-funnel tr[data-stage=submitted] td").first().text())
                .isEqualTo(String.valueOf(funnel.stages().get(0).count()));
        assertThat(section.select("#waiting-longest li a").eachAttr("href"))
                .containsExactlyElementsOf(funnel.waitingLongest().stream().map(w -> "/applications/" + w.applicationId()).toList());
        assertThat(funnel.waitingLongest()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(funnel.waitingLongest()).extracting(org.repsportal.dashboard.ApplicantsOverview.Waiting::daysWaiting)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(waiting.getState()).isEqualTo(ApplicationState.INTERVIEW);
    }

    @Test
    void acceptingWhenTheInterviewerIsFullShowsTheMentorFieldsErrorWithTheTypedValuesAndAnotherMentorMayBeChosen() throws Exception {
        Interviewed i = interviewed("Maja");
        mentorships.setCapacity(program.actor(i.council()), i.mentor().getId(), 0);
        Person other = program.mentor("Mentor With Room");

        mvc.perform(post("/applications/" + i.id() + "/decision").with(csrf()).header("Authorization", Program.bearer(i.council()))
                        .param("outcome", "ACCEPTED").param("reason", "A clear plan").param("mentorId", String.valueOf(i.mentor().getId())))
                .andExpect(status().isOk())
                .andExpect(view().name("applications/application"))
                .andExpect(model().attribute("decisionErrors", Map.of("mentorId", "policy.mentorship.over-capacity")))
                .andExpect(model().attribute("typedReason", "A clear plan"))
                .andExpect(model().attribute("typedOutcome", "ACCEPTED"));
        @SuppressWarnings("unchecked")
        var choices = (List<ApplicationViews.MentorChoice>) mvc.perform(get("/applications/" + i.id())
                        .header("Authorization", Program.bearer(i.council())))
                .andReturn().getModelAndView().getModel().get("mentorChoices");
        assertThat(choices.get(0)).satisfies(c -> {
            assertThat(c.mentorId()).isEqualTo(i.mentor().getId());
            assertThat(c.interviewer()).isTrue();
            assertThat(c.full()).isTrue();
        });
        assertThat(choices.subList(1, choices.size())).as("the others are ranked, with a place left").isNotEmpty()
                .allSatisfy(c -> assertThat(c.full()).isFalse());
        var form = org.jsoup.Jsoup.parse(mvc.perform(get("/applications/" + i.id()).header("Authorization", Program.bearer(i.council())))
                .andReturn().getResponse().getContentAsString()).select("#decision-form");
        assertThat(form.select("#decision-mentor-" + i.mentor().getId()).attr("data-full"))
                .as("the style sheet shows the warning while the full interviewer is chosen, before the form is sent").isEqualTo("true");
        assertThat(form.select("#capacity-warning-live").text()).startsWith("The chosen mentor has no place left.");
        assertThat(repository.findById(i.id()).orElseThrow().getState()).as("nothing changed").isEqualTo(ApplicationState.INTERVIEW);

        mvc.perform(post("/applications/" + i.id() + "/decision").with(csrf()).header("Authorization", Program.bearer(i.council()))
                        .param("outcome", "ACCEPTED").param("reason", "A clear plan").param("mentorId", String.valueOf(other.getId())))
                .andExpect(redirectedUrl("/onboarding/" + i.id()));
        Application accepted = repository.findById(i.id()).orElseThrow();
        assertThat(accepted.getMentorId()).isEqualTo(other.getId());
        assertThat(mentorships.currentMentorOf(accepted.getPersonId())).hasValue(other.getId());
    }

    @Test
    void aFullInterviewerIsRefusedWith422ThroughTheApiUnlessTheCouncilGivesAnOverrideWhichTheAssignmentKeeps() throws Exception {
        Interviewed i = interviewed("Nele");
        mentorships.setCapacity(program.actor(i.council()), i.mentor().getId(), 0);
        String url = "/api/v1/applications/" + i.id() + "/decision";

        mvc.perform(post(url).header("Authorization", Program.bearer(i.council())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"ACCEPTED\",\"reason\":\"Ready\"}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(url).header("Authorization", Program.bearer(i.council())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"ACCEPTED\",\"reason\":\"Ready\",\"capacityOverride\":\"" + "x".repeat(501) + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("capacityOverride"));
        mvc.perform(post(url).header("Authorization", Program.bearer(i.council())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"ACCEPTED\",\"reason\":\"Ready\",\"capacityOverride\":\"They already work together daily\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ONBOARDING"))
                .andExpect(jsonPath("$.mentorId").value(i.mentor().getId()));
        long person = repository.findById(i.id()).orElseThrow().getPersonId();
        assertThat(jdbc.sql("select capacity_override from mentor_assignments where mentee_id = ? and ended_on is null")
                .param(person).query(String.class).single()).isEqualTo("They already work together daily");
    }

    @Test
    void theOnboardingApiShowsTheChecklistAndTheWelcomePacksHistoryAndTakesTheSameStepsAsThePages() throws Exception {
        Accepted x = accepted("Olga");
        String url = "/api/v1/onboardings/" + x.application().getId();
        tokens.issue(x.rep().getId(), "test", Program.tokenOf(x.rep()));
        String rep = Program.bearer(x.rep());
        String mentor = Program.bearer(x.mentor());

        mvc.perform(get(url).header("Authorization", rep))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.newRep.id").value(x.rep().getId()))
                .andExpect(jsonPath("$.mentor.id").value(x.mentor().getId()))
                .andExpect(jsonPath("$.checklist[*].key").value(org.hamcrest.Matchers.contains("agreement", "profile", "orientation", "lists", "welcomePack")))
                .andExpect(jsonPath("$.checklist[0].done").value(false))
                .andExpect(jsonPath("$.welcomePack.state").value("PREPARED"))
                .andExpect(jsonPath("$.welcomePack.history[0].step").value("CREATED"));
        mvc.perform(get(url).header("Authorization", Program.bearer(program.mentor("Other Mentor")))).andExpect(status().isNotFound());
        mvc.perform(get(url).header("Authorization", Program.bearer(x.council()))).andExpect(status().isOk());

        mvc.perform(post(url + "/steps/agreement").header("Authorization", rep))
                .andExpect(status().isOk()).andExpect(jsonPath("$.checklist[0].done").value(true))
                .andExpect(jsonPath("$.checklist[0].at").isNotEmpty());
        mvc.perform(post(url + "/steps/agreement").header("Authorization", mentor)).andExpect(status().isForbidden());
        mvc.perform(post(url + "/steps/nothing").header("Authorization", rep)).andExpect(status().isNotFound());

        String pack = "{\"address\":\"Street 3, Berlin\",\"addressConfirmed\":true,\"contents\":\"T-shirt\",\"sizes\":\"M\"}";
        mvc.perform(post(url + "/welcome-pack").header("Authorization", rep).contentType(MediaType.APPLICATION_JSON).content(pack))
                .andExpect(status().isForbidden());
        mvc.perform(post(url + "/welcome-pack").header("Authorization", mentor).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("address", "contents")));
        mvc.perform(post(url + "/welcome-pack/ship").header("Authorization", mentor).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"carrier\":\"DHL\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post(url + "/welcome-pack").header("Authorization", mentor).contentType(MediaType.APPLICATION_JSON).content(pack))
                .andExpect(status().isOk()).andExpect(jsonPath("$.welcomePack.address").value("Street 3, Berlin"));
        mvc.perform(post(url + "/welcome-pack/ship").header("Authorization", mentor).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"carrier\":\"DHL\",\"trackingNumber\":\"JD42\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.welcomePack.state").value("SHIPPED"));
        mvc.perform(post(url + "/welcome-pack/returned").header("Authorization", mentor)).andExpect(status().isOk());
        mvc.perform(post(url + "/welcome-pack/ship").header("Authorization", mentor).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"carrier\":\"UPS\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.welcomePack.state").value("RESHIPPED"));
        mvc.perform(post(url + "/welcome-pack/received").header("Authorization", mentor)).andExpect(status().isForbidden());
        mvc.perform(post(url + "/welcome-pack/received").header("Authorization", rep))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.welcomePack.state").value("DELIVERED"))
                .andExpect(jsonPath("$.checklist[4].done").value(true))
                .andExpect(jsonPath("$.welcomePack.history[*].step").value(org.hamcrest.Matchers.contains(
                        "CREATED", "SHIPPED", "RETURNED", "SHIPPED", "RECEIVED")))
                .andExpect(jsonPath("$.welcomePack.history[*].state").value(org.hamcrest.Matchers.contains(
                        "PREPARED", "SHIPPED", "RETURNED", "RESHIPPED", "DELIVERED")))
                .andExpect(jsonPath("$.welcomePack.history[4].by").value(x.rep().getId()));

        var page = org.jsoup.Jsoup.parse(mvc.perform(get("/onboarding/" + x.application().getId()).header("Authorization", mentor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#pack-history li").eachAttr("data-step")).as("the page shows the same history")
                .containsExactly("CREATED", "SHIPPED", "RETURNED", "SHIPPED", "RECEIVED");
    }

    private org.jsoup.nodes.Document page(Person reader) throws Exception {
        return org.jsoup.Jsoup.parse(mvc.perform(get("/dashboard").header("Authorization", Program.bearer(reader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
