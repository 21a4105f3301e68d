package org.repsportal.applications;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

    @AfterEach
    void resetTheClock() {
        ((TestClock) clock).reset();
    }

    record Accepted(Application application, Person rep, Person mentor, Person council) {
    }

    /** An application taken through to acceptance by the services, as the pages would. */
    Accepted accepted(String name) {
        String email = name.toLowerCase() + "." + System.nanoTime() + "@applicant.example";
        var request = new ApplicationRequest(name, email, "EUROPE", "DE", "Berlin", List.of("de", "en"), "Europe/Berlin",
                List.of("EVENTS"), true, 12, ApplicationStateMachineTests.ANSWERS, List.of(),
                List.of(new ApplicationRequest.RefereeRequest("Ref", "ref." + System.nanoTime() + "@ref.example")));
        Application a = applications.apply(request, "10.3.0." + (System.nanoTime() % 200)).application();
        applications.confirm(a.getConfirmToken());
        Person council = program.council("Onboarding Council");
        Person mentor = program.mentor("Onboarding Mentor");
        Actor c = program.actor(council);
        applications.startScreening(c, a.getId());
        applications.assignInterviewer(c, a.getId(), mentor.getId());
        applications.recordInterview(program.actor(mentor), a.getId(),
                new InterviewRecord(List.of(3, 3, 3, 3, 3), List.of(), List.of(), Outcome.ACCEPTED, "Good"));
        applications.decide(c, a.getId(), Outcome.ACCEPTED, "Welcome", null, null, null);
        Application done = repository.findById(a.getId()).orElseThrow();
        return new Accepted(done, people.get(done.getPersonId()), mentor, council);
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
}
