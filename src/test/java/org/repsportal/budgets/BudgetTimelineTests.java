package org.repsportal.budgets;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repsportal.events.Events;
import org.repsportal.events.NewEvent;
import org.repsportal.notifications.OutboxSending;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.people.PersonSummary;
import org.repsportal.people.Role;
import org.repsportal.platform.ForbiddenException;
import org.repsportal.platform.IllegalTransitionException;
import org.repsportal.platform.RuleViolationException;
import org.repsportal.support.Mailbox;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.TestClock;
import org.repsportal.support.TestMailServer;
import org.repsportal.tasks.TaskQueries;
import org.repsportal.tasks.TaskSummary;
import org.repsportal.tasks.TaskType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A budget request over weeks and months on a moving clock: the Council vote's windows and its one extension, the
 * receipts reminders and overdue receipts, the Council's time-boxed waiver and lead-time exception, and who may not
 * decide. The jobs run as the scheduler runs them; mail arrives at a real SMTP server. (Same configuration as
 * {@code MailDeliveryTests}, so they share one context.)
 */
@PortalTest
@EnableScenarios
@Import(TestMailServer.class)
@TestPropertySource(properties = {"spring.mail.host=" + TestMailServer.HOST,
        "portal.mail.retry.first-delay=1m", "portal.mail.retry.multiplier=2", "portal.mail.retry.max-delay=10m",
        "portal.mail.retry.max-attempts=5"})
class BudgetTimelineTests {

    static final Instant MONDAY = Instant.parse("2032-03-01T09:00:00Z");

    @Autowired TestClock clock;
    @Autowired GreenMail smtpServer;
    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired Program program;
    @Autowired Mailbox mailbox;
    @Autowired Events events;
    @Autowired Budgets budgets;
    @Autowired People people;
    @Autowired TaskQueries tasks;
    @Autowired JdbcClient jdbc;
    @Autowired @Qualifier("budgetVotesTask") RecurringTask<Void> voteWindows;
    @Autowired @Qualifier("budgetReceiptsTask") RecurringTask<Void> receiptsSweep;

    @BeforeEach
    void aQuietMondayMorning() throws Exception {
        clock.setTo(MONDAY);
        sendAllMail();
        smtpServer.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void clockFollowsTheSystemAgain() {
        clock.reset();
    }

    @Test
    void theCouncilDiscussesThreeDaysVotesThreeAndWithoutAMajorityTheVoteIsExtendedOnceAndNonVotersAreReminded(Scenario scenario)
            throws Exception {
        Person mentor = program.mentor("Bruno");
        Person rep = program.menteeOf(mentor, "Amara");
        Person early = program.council("Chidi");
        Person late = program.council("Dalia");
        long id = passedOn(rep, mentor, "650");
        BudgetRequest request = budgets.find(id);
        assertThat(request.getRoute()).isEqualTo(Route.COUNCIL_VOTE);
        assertThat(request.getVotingStartsAt()).isEqualTo(MONDAY.plus(Duration.ofDays(3)));
        assertThat(request.getVoteEndsAt()).isEqualTo(MONDAY.plus(Duration.ofDays(6)));
        assertThat(request.getElectorate()).isEqualTo(people.activeWithRole(Role.COUNCIL).size());

        clock.advance(Duration.ofDays(2));
        vote(early, id, "APPROVED").andExpect(status().isConflict());
        clock.advance(Duration.ofDays(1));
        vote(early, id, "APPROVED").andExpect(status().isOk());

        clock.advance(Duration.ofDays(1));
        runVoteWindows();
        assertThat(budgets.find(id).isVoteExtended()).as("two days before the end").isFalse();

        clock.advance(Duration.ofDays(1).plusMinutes(15));
        scenario.stimulate(this::runVoteWindows)
                .andWaitForStateChange(() -> queuedMail(late, "Vote extended"), n -> n > 0)
                .andVerify(n -> assertThat(n).isEqualTo(1));
        request = budgets.find(id);
        assertThat(request.isVoteExtended()).isTrue();
        assertThat(request.getVoteEndsAt()).isEqualTo(MONDAY.plus(Duration.ofDays(8)));
        sendAllMail();
        assertThat(received(late, "Vote extended")).as("a Council member who has not voted").hasSize(1);
        assertThat(received(early, "Vote extended")).as("who voted").isEmpty();
        assertThat(received(rep, "Vote extended")).isEmpty();

        clock.advance(Duration.ofHours(30));
        runVoteWindows();
        assertThat(budgets.find(id).getVoteEndsAt()).as("extended once only").isEqualTo(MONDAY.plus(Duration.ofDays(8)));
        vote(late, id, "DENIED").andExpect(status().isOk());
        assertThat(budgets.find(id).getState()).isEqualTo(BudgetState.DECISION);

        clock.setTo(MONDAY.plus(Duration.ofDays(8)));
        runVoteWindows();
        request = budgets.find(id);
        assertThat(request.getState()).as("no majority at the end").isEqualTo(BudgetState.CHANGES_REQUESTED);
        assertThat(request.getHistory()).extracting(HistoryEntry::action).containsOnlyOnce("VOTE_EXTENDED")
                .endsWith("CHANGES_REQUESTED");
        vote(late, id, "APPROVED").andExpect(status().isConflict());
    }

    @Test
    void aPassedOnVoteTellsEveryUninvolvedCouncilMemberThatDiscussionOpensAndOnDayThreeThatVotingOpensOnce(Scenario scenario)
            throws Exception {
        Person councilMentor = program.council("Sander");
        Person rep = program.menteeOf(councilMentor, "Rhea");
        Person member = program.council("Tilda");
        scenario.stimulate(() -> passedOn(rep, councilMentor, "900"))
                .andWaitForStateChange(() -> queuedMail(member, "Discussion open: budget for"), n -> n > 0)
                .andVerify(n -> assertThat(n).isEqualTo(1));
        long id = budgets.find(jdbc.sql("select max(id) from budget_requests where requester_id = ?").param(rep.getId())
                .query(Long.class).single()).getId();
        long eligible = people.activeWithRole(Role.COUNCIL).stream().filter(c -> c.id() != councilMentor.getId()).count();
        assertThat(mailbox.all().subjectStartingWith("Discussion open: budget for").bodyContaining("/budgets/" + id + "#discussion").count())
                .as("every Council member who may vote").isEqualTo(eligible);
        assertThat(queuedMail(councilMentor, "Discussion open: budget for")).as("the requester's mentor votes not").isZero();

        clock.advance(Duration.ofDays(2));
        runVoteWindows();
        assertThat(votingMail(member, id)).as("still the discussion days").isZero();
        clock.advance(Duration.ofDays(1));
        scenario.stimulate(this::runVoteWindows)
                .andWaitForStateChange(() -> votingMail(member, id), n -> n > 0)
                .andVerify(n -> assertThat(n).isEqualTo(1));
        runVoteWindows();
        clock.advance(Duration.ofMinutes(15));
        runVoteWindows();
        assertThat(votingMail(member, id)).as("told once").isEqualTo(1);
        assertThat(votingMail(councilMentor, id)).isZero();
        assertThat(votingMail(rep, id)).isZero();
    }

    @Test
    void aRequestUnderTheThresholdBecomesATaskForOneUninvolvedCouncilMemberAndTheDecisionClosesIt(Scenario scenario) throws Exception {
        Person councilRep = program.council("Ugo");
        Person councilMentor = program.council("Vesna");
        program.assign(councilRep, councilMentor);
        program.council("Wanda");
        long[] id = new long[1];
        scenario.stimulate(() -> id[0] = passedOn(councilRep, councilMentor, "120"))
                .andWaitForStateChange(() -> decisionTask(id[0]), rows -> !rows.isEmpty())
                .andVerify(rows -> assertThat(rows).singleElement().satisfies(row -> {
                    assertThat(row[0]).isNotIn(councilRep.getId(), councilMentor.getId());
                    assertThat(people.activeWithRole(Role.COUNCIL)).extracting(PersonSummary::id).contains((Long) row[0]);
                    assertThat(row[1]).isEqualTo("OPEN");
                }));
        long assignee = (Long) decisionTask(id[0]).get(0)[0];
        assertThat(tasks.openFor(assignee, 50)).anySatisfy(t -> assertThat(t.type()).isEqualTo(TaskType.BUDGET_REVIEW));

        scenario.stimulate(() -> budgets.decide(people.actorFor(assignee).orElseThrow(), id[0],
                        new CouncilDecision(Outcome.APPROVED, null, "Modest and well argued")))
                .andWaitForStateChange(() -> decisionTask(id[0]).get(0)[1], state -> !"OPEN".equals(state))
                .andVerify(state -> assertThat(state).isIn("RESOLVED", "CLOSED"));
    }

    @Test
    void aMajorityOfTheWholeCouncilDecidesAtOnceAndTheRepAndMentorGetTheReasonByMail(Scenario scenario) throws Exception {
        Person mentor = program.mentor("Farid");
        Person rep = program.menteeOf(mentor, "Elif");
        program.council("Gosia");
        long id = passedOn(rep, mentor, "700");
        int electorate = budgets.find(id).getElectorate();
        List<Long> council = people.activeWithRole(Role.COUNCIL).stream().map(PersonSummary::id).toList();
        clock.advance(Duration.ofDays(3).plusHours(1));
        int half = electorate / 2;
        for (int i = 0; i < half; i++) {
            budgets.vote(people.actorFor(council.get(i)).orElseThrow(), id, new CouncilDecision(Outcome.APPROVED, null, "Good plan"));
        }
        assertThat(budgets.find(id).getState()).as("%d of %d is no majority", half, electorate).isEqualTo(BudgetState.DECISION);
        scenario.stimulate(() -> budgets.vote(people.actorFor(council.get(half)).orElseThrow(), id,
                        new CouncilDecision(Outcome.APPROVED, null, "Good plan")))
                .andWaitForStateChange(() -> queuedMail(mentor, "Approved"), n -> n > 0)
                .andVerify(n -> assertThat(n).isEqualTo(1));
        assertThat(budgets.find(id).getState()).isEqualTo(BudgetState.APPROVED);
        sendAllMail();
        assertThat(received(rep, "Approved")).singleElement()
                .satisfies(mail -> assertThat(mail.getContent().toString()).contains("majority"));
        assertThat(received(mentor, "Approved")).hasSize(1);
    }

    @Test
    void receiptsAreAskedForAtOneAndTwoMonthsAndAtThreeTheRepAndMentorGetTasksAndNoNewRequestUntilTheyAreIn(Scenario scenario)
            throws Exception {
        Person mentor = program.mentor("Ilse");
        Person rep = program.menteeOf(mentor, "Hamid");
        long id = approved(rep, mentor);
        LocalDate eventDay = budgets.find(id).getEventEndsOn();
        long next = event(rep, 200);

        moveTo(eventDay.plusDays(1));
        runReceiptsSweep();
        assertThat(budgets.find(id).getState()).isEqualTo(BudgetState.WAITING_RECEIPTS);
        moveTo(eventDay.plusDays(29));
        runReceiptsSweep();
        sendAllMail();
        assertThat(received(rep, "Receipts for")).as("before a month").isEmpty();
        moveTo(eventDay.plusDays(30));
        runReceiptsSweep();
        runReceiptsSweep();
        sendAllMail();
        assertThat(received(rep, "Receipts for")).as("a month after, once").hasSize(1);
        assertThat(budgets.mayFile(rep.getId()).allowed()).isTrue();
        moveTo(eventDay.plusDays(60));
        runReceiptsSweep();
        sendAllMail();
        assertThat(received(rep, "Receipts for")).as("two months after").hasSize(2);
        assertThat(overdueTasks(rep)).isEmpty();

        moveTo(eventDay.plusDays(90));
        scenario.stimulate(this::runReceiptsSweep)
                .andWaitForStateChange(() -> overdueTasks(mentor), list -> !list.isEmpty())
                .andVerify(list -> assertThat(list).singleElement().satisfies(t -> assertThat(t.subjectPersonId()).isEqualTo(rep.getId())));
        assertThat(overdueTasks(rep)).hasSize(1);
        assertThat(budgets.mayFile(rep.getId()).reason()).isEqualTo("policy.budgets.receipts-overdue");
        assertThatThrownBy(() -> draft(rep, next, "120")).isInstanceOf(RuleViolationException.class);

        var receipts = context.getBean(Receipts.class);
        receipts.write(program.actor(rep), id, Receipts.Kind.STATEMENT, "The caterer's receipt was lost; paid 120 EUR in cash.");
        receipts.write(program.actor(rep), id, Receipts.Kind.REPORT, "Thirty people came; two new contributors.");
        scenario.stimulate(() -> receipts.finish(program.actor(rep), id))
                .andWaitForStateChange(() -> overdueTasks(mentor), List::isEmpty)
                .andVerify(list -> assertThat(overdueTasks(rep)).isEmpty());
        assertThat(budgets.mayFile(rep.getId()).allowed()).as("receipts are in").isTrue();
        assertThat(draft(rep, next, "120")).isPositive();
    }

    @Test
    void theCouncilsWaiverLetsARepWithOverdueReceiptsFileUntilItsLastDayAndNotAfter() throws Exception {
        Person mentor = program.mentor("Kaja");
        Person rep = program.menteeOf(mentor, "Jonas");
        Person council = program.council("Lior");
        long id = approved(rep, mentor);
        long next = event(rep, 300);
        LocalDate today = receiptsOverdue(id, 95);
        assertThat(budgets.mayFile(rep.getId()).allowed()).isFalse();

        assertThatThrownBy(() -> budgets.grantReceiptWaiver(program.actor(mentor), rep.getId(), today.plusDays(14), "Receipts are in the post"))
                .as("a mentor is not the Council").isInstanceOf(ForbiddenException.class);
        mvc.perform(post("/api/v1/budgets/waivers").header("Authorization", Program.bearer(council)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":\"%d\",\"until\":\"%s\",\"reason\":\"r\"}".formatted(rep.getId(), today.plusDays(91))))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/budgets/waivers").header("Authorization", Program.bearer(council)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":\"%d\",\"until\":\"%s\",\"reason\":\"Receipts are in the post\"}".formatted(rep.getId(), today.plusDays(14))))
                .andExpect(status().isCreated());

        assertThat(budgets.mayFile(rep.getId()).allowed()).isTrue();
        moveTo(today.plusDays(14));
        long filed = draft(rep, next, "80");
        assertThat(filed).as("on the waiver's last day").isPositive();
        moveTo(today.plusDays(15));
        assertThat(budgets.mayFile(rep.getId()).reason()).as("the waiver has run out").isEqualTo("policy.budgets.receipts-overdue");
        assertThatThrownBy(() -> budgets.submit(program.actor(rep), filed)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void theCouncilGrantsAWaiverFromTheOverdueListAndARefusedOneComesBackAsTyped() throws Exception {
        Person mentor = program.mentor("Zeno");
        Person rep = program.menteeOf(mentor, "Yusra");
        Person council = program.council("Ada");
        long id = approved(rep, mentor);
        LocalDate today = receiptsOverdue(id, 92);
        assertThat(budgets.mayFile(rep.getId()).allowed()).isFalse();
        var session = org.repsportal.support.SignIn.as(mvc, council);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/budgets/council").cookie(session))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("id=\"waiver-form\"")));

        mvc.perform(post("/budgets/waivers").cookie(session).with(csrf())
                        .param("personId", rep.getId().toString()).param("until", today.plusDays(91).toString())
                        .param("reason", "The treasurer is away"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                        .attributeHasFieldErrorCode("waiver", "until", "budget.waiver.until"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("value=\"The treasurer is away\"")));
        assertThat(budgets.mayFile(rep.getId()).allowed()).as("nothing granted").isFalse();
        mvc.perform(post("/budgets/waivers").cookie(org.repsportal.support.SignIn.as(mvc, mentor)).with(csrf())
                        .param("personId", rep.getId().toString()).param("until", today.plusDays(10).toString())
                        .param("reason", "My mentee"))
                .andExpect(status().isForbidden());

        mvc.perform(post("/budgets/waivers").cookie(session).with(csrf())
                        .param("personId", rep.getId().toString()).param("until", today.plusDays(30).toString())
                        .param("reason", "The treasurer is away"))
                .andExpect(status().is3xxRedirection());
        assertThat(budgets.mayFile(rep.getId()).allowed()).isTrue();
        moveTo(today.plusDays(31));
        assertThat(budgets.mayFile(rep.getId()).allowed()).as("time-boxed").isFalse();
    }

    @Test
    void aRequestFiledLateWaitsForTheCouncilsExceptionWhichOnlyAnUninvolvedCouncilMemberRecords() throws Exception {
        Person councilMentor = program.council("Nadia");
        Person rep = program.menteeOf(councilMentor, "Mateo");
        Person council = program.council("Oskar");
        long id = draft(rep, event(rep, 20), "90");
        assertThatThrownBy(() -> budgets.submit(program.actor(rep), id)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("policy.budgets.lead-time");
        assertThatThrownBy(() -> budgets.grantLeadTimeException(program.actor(rep), id, "Please"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> budgets.grantLeadTimeException(program.actor(councilMentor), id, "My mentee needs it"))
                .as("the requester's mentor, though on the Council").isInstanceOf(ForbiddenException.class);
        budgets.grantLeadTimeException(program.actor(council), id, "The venue confirmed late");
        assertThat(budgets.submit(program.actor(rep), id)).isEqualTo(BudgetState.MENTOR_REVIEW);
        assertThat(budgets.find(id).getHistory()).extracting(HistoryEntry::action).contains("LEAD_TIME_EXCEPTION");
        assertThatThrownBy(() -> budgets.grantLeadTimeException(program.actor(council), id, "Again"))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void nobodyDecidesOrVotesOnTheirOwnRequestOrAMenteesAndNobodyWaivesTheirOwnReceipts() throws Exception {
        Person councilRep = program.council("Paula");
        Person councilMentor = program.council("Quentin");
        program.assign(councilRep, councilMentor);
        long vote = passedOn(councilRep, councilMentor, "800");
        clock.advance(Duration.ofDays(4));
        vote(councilRep, vote, "APPROVED").andExpect(status().isForbidden());
        vote(councilMentor, vote, "APPROVED").andExpect(status().isForbidden());
        assertThat(budgets.find(vote).getVotes()).isEmpty();

        clock.setTo(MONDAY);
        long single = passedOn(councilRep, councilMentor, "100");
        assertThat(budgets.find(single).getRoute()).isEqualTo(Route.SINGLE_REVIEWER);
        vote(councilRep, single, "APPROVED").andExpect(status().isForbidden());
        vote(councilMentor, single, "APPROVED").andExpect(status().isForbidden());
        assertThat(budgets.find(single).getState()).isEqualTo(BudgetState.DECISION);

        assertThatThrownBy(() -> budgets.grantReceiptWaiver(program.actor(councilRep), councilRep.getId(), LocalDate.of(2032, 3, 20), "Mine"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> budgets.grantReceiptWaiver(program.actor(councilMentor), councilRep.getId(), LocalDate.of(2032, 3, 20), "My mentee"))
                .isInstanceOf(ForbiddenException.class);
    }

    // --- the program around a request

    private long event(Person owner, int daysAhead) {
        LocalDate on = LocalDate.ofInstant(clock.instant(), clock.getZone()).plusDays(daysAhead);
        return events.plan(program.actor(owner), new NewEvent("Community day", "MEETUP", on, on, "Europe/Berlin", false,
                "Town hall", 30, "Welcome new contributors",
                List.of(new NewEvent.Item("10:00", "Welcome"), new NewEvent.Item("11:00", "Talks"), new NewEvent.Item("15:00", "Wrap-up")),
                List.of(new NewEvent.Target("Attendees", "30"), new NewEvent.Target("Sign-ups", "10"), new NewEvent.Target("Posts", "3")),
                Set.of(), null));
    }

    private long draft(Person rep, long eventId, String venueCost) {
        return budgets.draft(program.actor(rep), new NewBudget(eventId, "USD",
                List.of(new NewBudget.Line("VENUE", "Hall", "1", venueCost)), "Asked the town for a free hall", null, null));
    }

    private long passedOn(Person rep, Person mentor, String venueCost) {
        long id = draft(rep, event(rep, 40), venueCost);
        budgets.submit(program.actor(rep), id);
        budgets.review(program.actor(mentor), id, BudgetsApiTests.allOk(true));
        return id;
    }

    private long approved(Person rep, Person mentor) {
        long id = passedOn(rep, mentor, "150");
        budgets.decide(program.actor(program.council("Reviewer")), id, new CouncilDecision(Outcome.APPROVED, null, "Good plan"));
        return id;
    }

    private org.springframework.test.web.servlet.ResultActions vote(Person voter, long id, String outcome) throws Exception {
        return mvc.perform(post("/api/v1/budgets/" + id + "/decision").header("Authorization", Program.bearer(voter))
                .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"" + outcome + "\",\"reason\":\"My view\"}"));
    }

    private long votingMail(Person to, long requestId) {
        return mailbox.to(to).subjectStartingWith("Voting open: budget for").bodyEndingWith("/budgets/" + requestId).count();
    }

    private List<Object[]> decisionTask(long requestId) {
        return jdbc.sql("select assignee_id, state from tasks where source_ref = ?").param(Budgets.decisionRef(requestId))
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
    }

    private void runVoteWindows() {
        voteWindows.executeRecurringly(voteWindows.instance(RecurringTask.INSTANCE), null);
    }

    /** Moves to this many days after the approved request's event, with the receipts sweep run on the day after it and then. */
    private LocalDate receiptsOverdue(long requestId, int days) {
        LocalDate eventDay = budgets.find(requestId).getEventEndsOn();
        moveTo(eventDay.plusDays(1));
        runReceiptsSweep();
        moveTo(eventDay.plusDays(days));
        runReceiptsSweep();
        return eventDay.plusDays(days);
    }

    private void runReceiptsSweep() {
        receiptsSweep.executeRecurringly(receiptsSweep.instance(RecurringTask.INSTANCE), null);
    }

    private void moveTo(LocalDate day) {
        clock.setTo(day.atTime(7, 30).toInstant(java.time.ZoneOffset.UTC));
    }

    private List<TaskSummary> overdueTasks(Person assignee) {
        return tasks.openFor(assignee.getId(), 50).stream().filter(t -> t.type() == TaskType.RECEIPTS_OVERDUE).toList();
    }

    private long queuedMail(Person to, String subject) {
        return mailbox.to(to).subjectContaining(subject).count();
    }

    private void sendAllMail() {
        for (int batch = 0; batch < 100 && OutboxSending.sendDue(context) > 0; batch++) {
            // one batch after another until nothing is due
        }
    }

    private List<MimeMessage> received(Person to, String subject) {
        return Arrays.stream(smtpServer.getReceivedMessages()).filter(mail -> {
            try {
                return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> ((InternetAddress) a).getAddress().equals(to.getEmail()))
                        && mail.getSubject().contains(subject);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
