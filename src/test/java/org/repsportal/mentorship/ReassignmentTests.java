package org.repsportal.mentorship;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.repsportal.availability.AbsenceDeclared;
import org.repsportal.availability.AbsenceEnded;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.people.Role;
import org.repsportal.platform.RuleViolationException;
import org.repsportal.support.Mailbox;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.TestClock;
import org.repsportal.tasks.TaskPriority;
import org.repsportal.tasks.TaskRequested;
import org.repsportal.tasks.TaskType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Proposals, capacity, changes of mentor, interim mentors and stepping down, through the portal's services and API. */
@PortalTest
@EnableScenarios
// its own database: the daily mentorship job it runs on a moved clock reads every Rep, and would write notices for
// other tests' people into the shared one
@org.springframework.test.context.TestPropertySource(properties = "portal.mentorship.confirmation-wait=7d")
class ReassignmentTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired Program program;
    @Autowired Mailbox mailbox;
    @Autowired People people;
    @Autowired Mentorships mentorships;
    @Autowired MentorProposals proposals;
    @Autowired Reassignments reassignments;
    @Autowired StepDowns stepDowns;
    @Autowired MentorshipDaily daily;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired TestClock clock;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void proposalsAreRankedAndExplainedAndADismissedOneIsNotOfferedAgain() throws Exception {
        Person council = program.council("Proposing Council");
        Person mentee = program.someone("Amani").from("KE", null, "Africa/Nairobi").speaking("sw", "en")
                .working("EVENTS", "LOCALIZATION")
                .since(LocalDate.now(clock).minusMonths(2)).rep();
        Person close = program.someone("Baraka").from("KE", null, "Africa/Nairobi").speaking("sw", "en").working("EVENTS")
                .since(LocalDate.now(clock).minusMonths(2)).mentor();
        Person far = program.someone("Carla").from("AR", null, "America/Argentina/Cordoba").speaking("es").working("QA")
                .since(LocalDate.now(clock).minusMonths(2)).mentor();
        for (int i = 0; i < 2; i++) {
            program.assign(program.rep("Load" + i), close);
        }

        var ranked = proposals.forMentee(program.actor(council), mentee.getId());
        var closeOne = ranked.stream().filter(p -> p.mentorId() == close.getId()).findFirst().orElseThrow();
        var farOne = ranked.stream().filter(p -> p.mentorId() == far.getId()).findFirst().orElseThrow();
        assertThat(ranked.indexOf(closeOne)).isLessThan(ranked.indexOf(farOne));
        assertThat(closeOne.explanation()).contains("2 of 8 places taken").contains("speaks English, Swahili")
                .contains("same time zone").contains("same region").contains("shares Events");
        assertThat(farOne.explanation()).contains("0 of 8 places taken").contains("no shared language").contains("6 h apart");

        mvc.perform(get("/api/v1/mentorship/proposals").param("mentee", String.valueOf(mentee.getId()))
                        .header("Authorization", Program.bearer(council)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.mentorId == " + close.getId() + ")].reasons[0]").value(hasItem("2 of 8 places taken")));
        mvc.perform(get("/api/v1/mentorship/proposals").param("mentee", String.valueOf(mentee.getId()))
                        .header("Authorization", Program.bearer(program.mentor("Stranger"))))
                .andExpect(status().isNotFound());

        mvc.perform(post("/api/v1/mentorship/proposals/dismissals").header("Authorization", Program.bearer(council))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"menteeId\":" + mentee.getId() + ",\"mentorId\":" + close.getId() + ",\"reason\":\"they know each other\"}"))
                .andExpect(status().isNoContent());
        assertThat(proposals.forMentee(program.actor(council), mentee.getId())).noneMatch(p -> p.mentorId() == close.getId());
    }

    @Test
    void aMentorSeesTheWaitingRepsTheyAreProposedForBestFirstAndNobodyElsesList() throws Exception {
        Person mentor = program.someone("Wanjiru").from("KE", null, "Africa/Nairobi").speaking("sw").working("EVENTS")
                .since(LocalDate.now(clock).minusMonths(2)).mentor();
        // waiting longest, so within the first Reps the list weighs whatever else waits in the program
        Person close = program.someone("Zawadi").from("KE", null, "Africa/Nairobi").speaking("sw").working("EVENTS")
                .since(LocalDate.now(clock).minusYears(20)).rep();
        Person far = program.someone("Yolanda").from("AR", null, "America/Argentina/Cordoba").speaking("es").working("QA")
                .since(LocalDate.now(clock).minusYears(20)).rep();
        Person mentored = program.rep("Already Mentored");
        program.assign(mentored, program.mentor("Their Mentor"));

        String forMentor = String.valueOf(mentor.getId());
        mvc.perform(get("/api/v1/mentorship/proposals").param("forMentor", forMentor).header("Authorization", Program.bearer(mentor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].mentorId").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is((int) (long) mentor.getId()))))
                .andExpect(jsonPath("$.items[*].menteeId").value(hasItem((int) (long) close.getId())))
                .andExpect(jsonPath("$.items[*].menteeId").value(org.hamcrest.Matchers.not(hasItem((int) (long) mentored.getId()))))
                .andExpect(jsonPath("$.items[?(@.menteeId == " + close.getId() + ")].reasons[*]").value(hasItem("speaks Swahili")));
        var ranked = proposals.forMentor(program.actor(mentor), mentor.getId());
        var closeOne = ranked.stream().filter(p -> p.menteeId() == close.getId()).findFirst().orElseThrow();
        var farOne = ranked.stream().filter(p -> p.menteeId() == far.getId()).findFirst().orElseThrow();
        assertThat(ranked.indexOf(closeOne)).as("best first").isLessThan(ranked.indexOf(farOne));

        mvc.perform(get("/api/v1/mentorship/proposals").param("forMentor", forMentor)
                        .header("Authorization", Program.bearer(program.council("Reading Council"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].menteeId").value(hasItem((int) (long) close.getId())));
        mvc.perform(get("/api/v1/mentorship/proposals").param("forMentor", forMentor)
                        .header("Authorization", Program.bearer(program.mentor("Curious Colleague"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/mentorship/proposals").param("forMentor", forMentor).param("mentee", String.valueOf(close.getId()))
                        .header("Authorization", Program.bearer(mentor)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aFullMentorIsNotProposedAndAssigningThemNeedsTheCouncilsRecordedReason() {
        Person council = program.council("Capacity Council");
        Person mentor = program.mentor("Fullmentor");
        mentorships.setCapacity(program.actor(council), mentor.getId(), 2);
        program.assign(program.rep("Firstone"), mentor);
        program.assign(program.rep("Secondone"), mentor);
        Person third = program.rep("Thirdone");

        assertThat(proposals.forMentee(program.actor(council), third.getId())).noneMatch(p -> p.mentorId() == mentor.getId());
        var request = new AssignMentor(third.getId(), mentor.getId(), AssignmentKind.PERMANENT, "asked for them");
        assertThatThrownBy(() -> mentorships.assign(program.actor(council), request))
                .isInstanceOf(RuleViolationException.class).hasMessage("policy.mentorship.over-capacity");

        var assignment = mentorships.assign(program.actor(council), request.withCapacityOverride("same city, short term"));
        assertThat(assignment.getCapacityOverride()).isEqualTo("same city, short term");
        assertThat(mentorships.currentMentorOf(third.getId())).contains(mentor.getId());
    }

    @Test
    void whenTheMenteeAndBothMentorsAgreeTheChangeTakesEffectTasksMoveAndTheCouncilIsTold(Scenario scenario) throws Exception {
        Person council = program.council("Told Council");
        Person mentee = program.rep("Dana");
        Person from = program.mentor("Edgar");
        Person to = program.mentor("Fatou");
        program.assign(mentee, from);
        transactions.executeWithoutResult(s -> events.publishEvent(new TaskRequested(TaskType.FOLLOW_UP, "Follow up with Dana",
                mentee.getId(), from.getId(), TaskPriority.NORMAL, null, "test:dana:" + mentee.getId(), Set.of())));

        await().until(() -> openTasksOf(from, mentee) == 1);

        long id = reassignments.propose(program.actor(mentee), mentee.getId(), to.getId(), "closer time zone");
        await().until(() -> mailsTo(from, "A new mentor for") == 1 && mailsTo(to, "A new mentor for") == 1);
        assertThat(mailsTo(mentee, "A new mentor for")).isZero();

        mvc.perform(post("/api/v1/mentorship/reassignments/" + id + "/agree").header("Authorization", Program.bearer(council)))
                .andExpect(status().isNotFound());
        String otherToken = jdbc.sql("select to_token from reassignments where id = ?").param(id).query(String.class).single();
        mvc.perform(post("/api/v1/mentorship/reassignments/answer/" + otherToken + "/agree").header("Authorization", Program.bearer(from)))
                .andExpect(status().isNotFound());

        reassignments.agree(program.actor(from), id, "Dana is planning a localization sprint");
        assertThat(mentorships.currentMentorOf(mentee.getId())).contains(from.getId());
        scenario.stimulate(() -> reassignments.agreeByToken(program.actor(to), otherToken, null))
                .andWaitForStateChange(() -> openTasksOf(to, mentee), n -> n == 1)
                .andVerify(n -> assertThat(n).isOne());
        assertThat(mentorships.currentMentorOf(mentee.getId())).contains(to.getId());
        assertThat(openTasksOf(from, mentee)).isZero();
        await().until(() -> mailsTo(council, "now has") == 1 && mailsTo(mentee, "now has") == 1);
        assertThat(mentorships.handoverNotesFor(mentee.getId(), to.getId())).containsExactly("Dana is planning a localization sprint");

        mvc.perform(post("/api/v1/mentorship/reassignments/" + id + "/decision").header("Authorization", Program.bearer(council))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"approve\":false}"))
                .andExpect(status().isConflict());
    }

    @Test
    void aDeclineOrSevenDaysWithoutAllAnswersGiveTheCouncilATaskAndItDecides(Scenario scenario) {
        Person council = program.council("Deciding Council");
        Person from = program.mentor("Hugo");
        Person mentee = program.menteeOf(from, "Gina");
        Person to = program.mentor("Ines");
        long id = reassignments.propose(program.actor(to), mentee.getId(), to.getId(), "same language");

        clock.advance(Duration.ofDays(8));
        scenario.stimulate(() -> daily.run(LocalDate.now(clock)))
                .andWaitForStateChange(() -> councilTasks("reassignment:" + id), n -> n == 1)
                .andVerify(n -> assertThat(n).isOne());
        assertThat(reassignments.view(program.actor(council), id).state()).isEqualTo("WITH_COUNCIL");
        assertThatThrownBy(() -> reassignments.agree(program.actor(mentee), id, null))
                .isInstanceOf(org.repsportal.platform.IllegalTransitionException.class);

        reassignments.decide(program.actor(council), id, true);
        assertThat(mentorships.currentMentorOf(mentee.getId())).contains(to.getId());
    }

    @Test
    void aLongMentorAbsenceGivesTheCouncilATaskAndTheInterimEndsOnTheAbsencesLastDay(Scenario scenario) {
        Person council = program.council("Interim Council");
        Person mentor = program.mentor("Jonas");
        Person mentee = program.menteeOf(mentor, "Kemi");
        Person interim = program.mentor("Lars");
        LocalDate from = LocalDate.now(clock);
        LocalDate to = from.plusMonths(4);
        long absenceId = 900_000 + SEQUENCE.incrementAndGet();

        scenario.stimulate(() -> transactions.executeWithoutResult(s -> events.publishEvent(new AbsenceDeclared(absenceId,
                        mentor.getId(), from, to, null, true, false, "Interim mentors please, back in spring"))))
                .andWaitForStateChange(() -> councilTasks("absence:" + absenceId + ":interims"), n -> n == 1)
                .andVerify(n -> assertThat(n).isOne());
        await().until(() -> mailsTo(council, "Long absence of") == 1);

        mentorships.assign(program.actor(council), AssignMentor.interim(mentee.getId(), interim.getId(), "absence", to, absenceId));
        assertThat(mentorships.currentMentorOf(mentee.getId())).contains(interim.getId());
        assertThat(mentorships.currentMenteeIds(mentor.getId())).doesNotContain(mentee.getId());

        clock.setTo(to.atTime(23, 0).toInstant(java.time.ZoneOffset.UTC));
        assertThat(mentorships.currentMentorOf(mentee.getId())).contains(interim.getId());
        clock.advance(Duration.ofHours(2));
        // the permanent mentor is back on the day after the absence, before any job ran
        assertThat(mentorships.currentMentorOf(mentee.getId())).contains(mentor.getId());
        assertThat(mentorships.currentMenteeIds(interim.getId())).doesNotContain(mentee.getId());

        daily.run(LocalDate.now(clock));
        assertThat(mailsTo(mentor, "is back with you")).isOne();
    }

    @Test
    void anAbsenceThatEndsEarlyEndsItsInterimThatDay(Scenario scenario) {
        Person council = program.council("Early Council");
        Person mentor = program.mentor("Mads");
        Person mentee = program.menteeOf(mentor, "Nia");
        Person interim = program.mentor("Omar");
        long absenceId = 900_000 + SEQUENCE.incrementAndGet();
        mentorships.assign(program.actor(council), AssignMentor.interim(mentee.getId(), interim.getId(), "absence",
                LocalDate.now(clock).plusMonths(2), absenceId));
        clock.advance(Duration.ofDays(10));
        LocalDate back = LocalDate.now(clock);

        scenario.stimulate(() -> transactions.executeWithoutResult(s -> events.publishEvent(new AbsenceEnded(absenceId, mentor.getId(), back))))
                .andWaitForStateChange(() -> mentorships.currentMentorOf(mentee.getId()).orElse(null), mentor.getId()::equals)
                .andVerify(id -> assertThat(id).isEqualTo(mentor.getId()));
    }

    @Test
    void theCouncilMayMakeAnInterimPermanent() {
        Person council = program.council("Permanent Council");
        Person mentor = program.mentor("Pia");
        Person mentee = program.menteeOf(mentor, "Quinn");
        Person interim = program.mentor("Rolf");
        var assignment = mentorships.assign(program.actor(council), AssignMentor.interim(mentee.getId(), interim.getId(),
                "absence", LocalDate.now(clock).plusDays(30), null));

        interimsService().makePermanent(program.actor(council), assignment.getId());

        clock.advance(Duration.ofDays(60));
        assertThat(mentorships.currentMentorOf(mentee.getId())).contains(interim.getId());
    }

    @Autowired
    Interims interims;

    private Interims interimsService() {
        return interims;
    }

    @Test
    void aMentorWhoStepsDownTellsTheirMenteesAndLosesTheRoleWhenTheLastIsReassigned(Scenario scenario) {
        Person council = program.council("Stepdown Council");
        Person mentor = program.mentor("Sven");
        Person a = program.menteeOf(mentor, "Tara");
        Person b = program.menteeOf(mentor, "Uli");
        Person successor = program.mentor("Vera");

        long id = stepDowns.start(program.actor(mentor), LocalDate.now(clock).plusDays(20), false, Map.of(a.getId(), successor.getId()),
                "I am stepping down", "Thank you all");
        assertThat(mailsTo(a, "I am stepping down")).isOne();
        assertThat(mailsTo(b, "I am stepping down")).isOne();
        await().until(() -> councilTasks("stepdown:" + id) == 1);
        var view = stepDowns.view(program.actor(council), id, proposals);
        assertThat(view.mentees()).extracting(StepDownView.Mentee::recommendedId).containsExactly(successor.getId(), null);

        reassignments.reassignByCouncil(program.actor(council), a.getId(), successor.getId(), "recommended");
        assertThat(people.get(mentor.getId()).has(Role.MENTOR)).isTrue();
        scenario.stimulate(() -> reassignments.reassignByCouncil(program.actor(council), b.getId(), successor.getId(), "proposal"))
                .andWaitForStateChange(() -> people.get(mentor.getId()).has(Role.MENTOR), has -> !has)
                .andVerify(has -> assertThat(has).isFalse());
    }

    private long mailsTo(Person person, String subject) {
        return mailbox.to(person).subjectContaining(subject).count();
    }

    private long openTasksOf(Person assignee, Person subject) {
        return jdbc.sql("select count(*) from tasks where assignee_id = ? and subject_person_id = ? and state in ('OPEN', 'IN_PROGRESS', 'WAITING')")
                .param(assignee.getId()).param(subject.getId()).query(Long.class).single();
    }

    private long councilTasks(String sourceRef) {
        return jdbc.sql("select count(*) from tasks where type = 'REASSIGNMENT' and source_ref = ?").param(sourceRef)
                .query(Long.class).single();
    }
}
