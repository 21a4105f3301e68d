package org.repsportal.budgets;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.repsportal.events.Events;
import org.repsportal.events.NewEvent;
import org.repsportal.people.Person;
import org.repsportal.support.Mailbox;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.TestClock;
import org.repsportal.tasks.TaskQueries;
import org.repsportal.tasks.TaskType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
@EnableScenarios
class BudgetsApiTests {

    @Autowired MockMvc mvc;
    @Autowired Program program;
    @Autowired Mailbox mailbox;
    @Autowired Events events;
    @Autowired Budgets budgets;
    @Autowired ReceiptSweep receiptSweep;
    @Autowired TaskQueries tasks;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired Receipts receiptsService;
    @Autowired org.repsportal.people.People people;
    @Autowired BudgetsProperties properties;
    @Autowired BudgetQueries queries;

    @AfterEach
    void resetClock() {
        ((TestClock) clock).reset();
    }

    long event(Person owner, int daysAhead) {
        LocalDate on = LocalDate.now(clock).plusDays(daysAhead);
        return events.plan(program.actor(owner), new NewEvent("Privacy workshop", "WORKSHOP", on, on, "Europe/Berlin", false,
                "Town library", 30, "Teach privacy basics",
                List.of(new NewEvent.Item("10:00", "Welcome"), new NewEvent.Item(null, "Hands-on"), new NewEvent.Item(null, "Wrap-up")),
                List.of(new NewEvent.Target("Attendees", "30"), new NewEvent.Target("Pledges", "20"), new NewEvent.Target("Posts", "3")),
                Set.of(), null));
    }

    static String body(long eventId, String currency, String lines) {
        return """
                {"eventId": %d, "currency": "%s", "lines": [%s], "savingsSought": "Library room is donated", "travelReason": "Speaker comes by train"}"""
                .formatted(eventId, currency, lines);
    }

    static final String SMALL = """
            {"category":"CATERING","description":"Snacks","quantity":30,"unitCost":"4.10"},
            {"category":"PRINTING","description":"Flyers","quantity":"100","unitCost":0.25}""";

    long draft(Person rep, long eventId, String lines) throws Exception {
        String json = mvc.perform(post("/api/v1/budgets").header("Authorization", Program.bearer(rep)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(eventId, "EUR", lines)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Long.parseLong(json.replaceAll(".*\"id\":(\\d+).*", "$1"));
    }

    @Test
    void amountsAreKeptExactWithTotalsPerCategoryAndPerAttendee() throws Exception {
        Person rep = program.rep("Lena");
        long id = draft(rep, event(rep, 30), SMALL);
        mvc.perform(get("/api/v1/budgets/" + id).header("Authorization", Program.bearer(rep)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.total").value(148.00))
                .andExpect(jsonPath("$.totalsByCategory.CATERING").value(123.00))
                .andExpect(jsonPath("$.totalPerAttendee").value(4.93))
                .andExpect(jsonPath("$.totalInThresholdCurrency").value(159.84));
    }

    @Test
    void negativeZeroAbsurdAmountsAndUnknownCurrenciesAreFieldErrorsAndNothingIsSaved() throws Exception {
        Person rep = program.rep("Mara");
        long eventId = event(rep, 30);
        long before = jdbc.sql("select count(*) from budget_requests").query(Long.class).single();
        mvc.perform(post("/api/v1/budgets").header("Authorization", Program.bearer(rep)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(eventId, "EUR", """
                                {"category":"VENUE","description":"Room","quantity":1,"unitCost":"-5"},
                                {"category":"CATERING","description":"Pizza","quantity":0,"unitCost":"5"}""")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("lines[0].unitCost")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("lines[1].quantity")));
        mvc.perform(post("/api/v1/budgets").header("Authorization", Program.bearer(rep)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(eventId, "XYZ", SMALL)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("currency")));
        mvc.perform(post("/api/v1/budgets").header("Authorization", Program.bearer(rep)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(eventId, "EUR", """
                                {"category":"SWAG","description":"Stickers","quantity":10000,"unitCost":"99999"}""")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("lines")));
        mvc.perform(post("/api/v1/budgets").header("Authorization", Program.bearer(rep)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"eventId": %d, "currency": "EUR", "lines": [{"category":"TRAVEL","description":"Train","quantity":1,"unitCost":"80"}], "savingsSought": "Sponsor"}"""
                                .formatted(eventId)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("travelReason")));
        assertThat(jdbc.sql("select count(*) from budget_requests").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aRequestLessThanThreeWeeksAheadIsRefusedUntilTheCouncilRecordsAnException() throws Exception {
        Person rep = program.rep("Nico");
        Person mentor = program.mentor("Olivia");
        program.assign(rep, mentor);
        Person council = program.council("Pia");
        long id = draft(rep, event(rep, 10), SMALL);
        mvc.perform(post("/api/v1/budgets/" + id + "/submit").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/api/v1/budgets/" + id + "/lead-time-exception").header("Authorization", Program.bearer(council))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Venue confirmed late\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/budgets/" + id + "/submit").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("MENTOR_REVIEW"));
    }

    @Test
    void aRepWithoutAMentorIsReviewedByACouncilMemberInTheMentorsPlaceWhoThenDoesNotDecide(Scenario scenario) throws Exception {
        Person rep = program.rep("Tamsin");
        Person council = program.council("Ulrike");
        long id = draft(rep, event(rep, 30), SMALL);
        scenario.stimulate(() -> budgets.submit(program.actor(rep), id))
                .andWaitForStateChange(() -> jdbc.sql("select assignee_id from tasks where source_ref = ?").param(Budgets.reviewRef(id))
                        .query(Long.class).list(), list -> !list.isEmpty())
                .andVerify(list -> assertThat(list).singleElement().isEqualTo(budgets.find(id).getMentorId()));
        BudgetRequest request = budgets.find(id);
        assertThat(request.getState()).as("not left waiting for a mentor").isEqualTo(BudgetState.MENTOR_REVIEW);
        assertThat(request.isCouncilReview()).isTrue();
        Person reviewer = people.get(request.getMentorId());
        assertThat(reviewer.has(org.repsportal.people.Role.COUNCIL)).isTrue();
        assertThat(request.getHistory()).extracting(HistoryEntry::action).contains("COUNCIL_REVIEW");
        mvc.perform(get("/budgets/" + id).cookie(org.repsportal.support.SignIn.as(mvc, rep)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("id=\"council-review\"")));

        budgets.review(program.actor(reviewer), id, allOk(true));
        assertThat(budgets.find(id).getState()).isEqualTo(BudgetState.DECISION);
        String decision = "{\"outcome\":\"APPROVED\",\"reason\":\"Fine\"}";
        mvc.perform(post("/api/v1/budgets/" + id + "/decision").header("Authorization", Program.bearer(reviewer))
                        .contentType(MediaType.APPLICATION_JSON).content(decision))
                .andExpect(status().isForbidden());
        Person decider = reviewer.getId().equals(council.getId()) ? program.council("Valentin") : council;
        mvc.perform(post("/api/v1/budgets/" + id + "/decision").header("Authorization", Program.bearer(decider))
                        .contentType(MediaType.APPLICATION_JSON).content(decision))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("APPROVED"));
    }

    @Test
    void aRequestSentBackAndFiledAgainGivesTheMentorANewReviewTask(Scenario scenario) throws Exception {
        Person rep = program.rep("Wilma");
        Person mentor = program.mentor("Xaver");
        program.assign(rep, mentor);
        long id = draft(rep, event(rep, 30), SMALL);
        scenario.stimulate(() -> budgets.submit(program.actor(rep), id))
                .andWaitForStateChange(() -> firstRoundTask(id), list -> !list.isEmpty())
                .andVerify(list -> assertThat(list).containsExactly("OPEN"));
        scenario.stimulate(() -> budgets.review(program.actor(mentor), id, allOk(false)))
                .andWaitForStateChange(() -> firstRoundTask(id), list -> !list.contains("OPEN"))
                .andVerify(list -> assertThat(list).as("the first round's task closes when the request is sent back").hasSize(1));
        assertThat(budgets.find(id).getState()).isEqualTo(BudgetState.CHANGES_REQUESTED);
        scenario.stimulate(() -> budgets.submit(program.actor(rep), id))
                .andWaitForStateChange(() -> jdbc.sql("select state from tasks where source_ref = ?").param(Budgets.reviewRef(id) + ":2")
                        .query(String.class).list(), list -> !list.isEmpty())
                .andVerify(list -> assertThat(list).containsExactly("OPEN"));
        assertThat(firstRoundTask(id)).as("still closed").doesNotContain("OPEN");
        assertThat(jdbc.sql("select assignee_id from tasks where source_ref = ?").param(Budgets.reviewRef(id) + ":2")
                .query(Long.class).single()).isEqualTo(mentor.getId());
    }

    private List<String> firstRoundTask(long id) {
        return jdbc.sql("select state from tasks where source_ref = ?").param(Budgets.reviewRef(id)).query(String.class).list();
    }

    @Test
    void theMentorGetsATaskAndAReviewSheetWithFlagsAndOnlyTheMentorReviews(Scenario scenario) throws Exception {
        Person mentor = program.mentor("Rosa");
        Person rep = program.menteeOf(mentor, "Quinn");
        Person other = program.mentor("Sven");
        long id = draft(rep, event(rep, 30), SMALL + """
                ,{"category":"TRAVEL","description":"Train for the speaker","quantity":1,"unitCost":"60"}""");
        scenario.stimulate(() -> budgets.submit(program.actor(rep), id))
                .andWaitForStateChange(() -> tasks.openFor(mentor.getId(), 20), list -> !list.isEmpty())
                .andVerify(list -> assertThat(list).anySatisfy(t -> assertThat(t.type()).isEqualTo(TaskType.BUDGET_REVIEW)));
        mvc.perform(get("/api/v1/budgets/" + id + "/review").header("Authorization", Program.bearer(mentor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.points.length()").value(6))
                .andExpect(jsonPath("$.points[3].key").value("travel"))
                .andExpect(jsonPath("$.points[3].flags", hasItem("travel-line")))
                .andExpect(jsonPath("$.points[4].flags", hasItem("untimed-items")));
        String review = """
                {"points": {"metrics":{"verdict":"OK"},"lessons":{"verdict":"OK"},"savings":{"verdict":"OK"},
                 "travel":{"verdict":"CONCERN","note":"Could the speaker join online?"},"agenda":{"verdict":"OK"},"costs":{"verdict":"OK"}},
                 "rationale":"Reasonable; travel is borderline.","action":"pass"}""";
        mvc.perform(post("/api/v1/budgets/" + id + "/mentor-review").header("Authorization", Program.bearer(other))
                        .contentType(MediaType.APPLICATION_JSON).content(review))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/budgets/" + id + "/mentor-review").header("Authorization", Program.bearer(mentor))
                        .contentType(MediaType.APPLICATION_JSON).content(review.replace("\"verdict\":\"OK\"},\"costs\"", "\"verdict\":\"OK\"},\"x\"")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/budgets/" + id + "/mentor-review").header("Authorization", Program.bearer(mentor))
                        .contentType(MediaType.APPLICATION_JSON).content(review))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DECISION"))
                .andExpect(jsonPath("$.route").value("SINGLE_REVIEWER"));
    }

    @Test
    void theMentorWhoSitsOnTheCouncilCannotDecideOnTheirMenteesRequest() throws Exception {
        Person rep = program.rep("Tara");
        Person councilMentor = program.council("Uwe");
        program.assign(rep, councilMentor);
        long id = inDecision(rep, councilMentor);
        mvc.perform(post("/api/v1/budgets/" + id + "/decision").header("Authorization", Program.bearer(councilMentor))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"APPROVED\",\"reason\":\"Fine\"}"))
                .andExpect(status().isForbidden());
        Person reviewer = program.council("Vera");
        mvc.perform(post("/api/v1/budgets/" + id + "/decision").header("Authorization", Program.bearer(reviewer))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"APPROVED\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("reason")));
    }

    @Test
    void twoReviewersDecidingAtOnceOneWinsAndTheOtherGetsAConflict() throws Exception {
        Person rep = program.rep("Wim");
        Person mentor = program.mentor("Xena");
        program.assign(rep, mentor);
        long id = inDecision(rep, mentor);
        Person first = program.council("Yara");
        Person second = program.council("Zeno");
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = List.of(decideAs(first, id, "APPROVED", start), decideAs(second, id, "DENIED", start));
            List<Future<Integer>> results = both.stream().map(pool::submit).toList();
            start.countDown();
            var statuses = List.of(results.get(0).get(), results.get(1).get());
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from budget_history where request_id = ? and action in ('APPROVED', 'DENIED')")
                .param(id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theDecisionIsMailedToTheRepAndTheMentorWithItsReason(Scenario scenario) throws Exception {
        Person mentor = program.mentor("Bo");
        Person rep = program.menteeOf(mentor, "Ada");
        long id = inDecision(rep, mentor);
        Person reviewer = program.council("Cai");
        scenario.stimulate(() -> budgets.decide(program.actor(reviewer), id, new CouncilDecision(Outcome.PARTLY_APPROVED, "100", "Flyers are not needed")))
                .andWaitForStateChange(() -> mailbox.toAnyOf(List.of(rep, mentor)).in("BUDGET_REVIEW")
                        .bodyContaining("Flyers are not needed").count(), n -> n == 2)
                .andVerify(n -> assertThat(n).isEqualTo(2));
    }

    @Test
    void aFileNamedPdfThatIsNotAPdfIsRefusedAndTooLargeIsA413() throws Exception {
        Person mentor = program.mentor("Emil");
        Person rep = program.menteeOf(mentor, "Dana");
        long id = waitingForReceipts(rep, mentor);
        mvc.perform(multipart("/api/v1/budgets/" + id + "/receipts").file(new MockMultipartFile("file", "receipt.pdf", "application/pdf",
                        "just some text, not a PDF".getBytes())).header("Authorization", Program.bearer(rep)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(multipart("/api/v1/budgets/" + id + "/receipts").file(new MockMultipartFile("file", "receipt.pdf", "application/pdf",
                        "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes())).param("amount", "12.40")
                        .header("Authorization", Program.bearer(rep)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.contentType").value("application/pdf"));
        byte[] large = new byte[10 * 1024 * 1024 + 10];
        large[0] = '%'; large[1] = 'P'; large[2] = 'D'; large[3] = 'F';
        mvc.perform(multipart("/api/v1/budgets/" + id + "/receipts").file(new MockMultipartFile("file", "big.pdf", "application/pdf", large))
                        .header("Authorization", Program.bearer(rep)))
                .andExpect(status().isContentTooLarge());
    }

    @Test
    void eachReceiptRecordsWhatWasPaidInItsCurrencyAndTheCouncilsSpentSumsThemPerRegionAndQuarter() throws Exception {
        Person mentor = program.mentor("Iris");
        Person rep = program.menteeOf(mentor, "Hugo");
        long id = waitingForReceipts(rep, mentor);
        BudgetRequest request = budgets.find(id);
        String region = jdbc.sql("select coalesce((select name from regions where code = ?), '—')").param(request.getRegionCode())
                .query(String.class).single();
        String quarter = request.getEventStartsOn().getYear() + "-Q" + ((request.getEventStartsOn().getMonthValue() - 1) / 3 + 1);
        BigDecimal before = spent(region, quarter);
        byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes();

        mvc.perform(multipart("/api/v1/budgets/" + id + "/receipts").file(new MockMultipartFile("file", "r.pdf", "application/pdf", pdf))
                        .header("Authorization", Program.bearer(rep)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"));
        mvc.perform(multipart("/api/v1/budgets/" + id + "/receipts").file(new MockMultipartFile("file", "r.pdf", "application/pdf", pdf))
                        .param("amount", "-3").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"));
        mvc.perform(multipart("/api/v1/budgets/" + id + "/receipts").file(new MockMultipartFile("file", "r.pdf", "application/pdf", pdf))
                        .param("amount", "20").param("currency", "XYZ").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("currency"));
        assertThat(jdbc.sql("select count(*) from budget_receipts where request_id = ?").param(id).query(Long.class).single()).isZero();

        mvc.perform(multipart("/api/v1/budgets/" + id + "/receipts").file(new MockMultipartFile("file", "r.pdf", "application/pdf", pdf))
                        .param("amount", "30.50").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isCreated());
        mvc.perform(multipart("/api/v1/budgets/" + id + "/receipts").file(new MockMultipartFile("file", "r.pdf", "application/pdf", pdf))
                        .param("amount", "10").param("currency", "usd").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/budgets/" + id + "/receipts/statement").header("Authorization", Program.bearer(rep))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"statement\":\"Lost the bakery's slip\",\"amount\":\"4.50\"}"))
                .andExpect(status().isCreated());
        assertThat(jdbc.sql("select currency from budget_receipts where request_id = ? order by id").param(id).query(String.class).list())
                .containsExactly(request.getCurrency(), "USD", request.getCurrency());

        var rates = properties.rates();
        BigDecimal paid = new BigDecimal("35.00").multiply(rates.get(request.getCurrency())).add(BigDecimal.TEN.multiply(rates.get("USD")));
        assertThat(spent(region, quarter).subtract(before))
                .as("spent is what the receipts say, not the approved amount").isEqualByComparingTo(paid.setScale(2, java.math.RoundingMode.HALF_UP));
        assertThat(request.getApprovedAmount()).isNotEqualByComparingTo(new BigDecimal("35.00"));
    }

    private BigDecimal spent(String region, String quarter) {
        String[] codes = properties.rates().keySet().toArray(String[]::new);
        String[] values = java.util.Arrays.stream(codes).map(c -> properties.rates().get(c).toPlainString()).toArray(String[]::new);
        return queries.moneyByRegionAndQuarter(codes, values).stream()
                .filter(m -> m.region().equals(region) && m.quarter().equals(quarter))
                .map(BudgetQueries.Money::spent).findFirst().orElse(BigDecimal.ZERO);
    }

    @Test
    void receiptsOverdueAtThreeMonthsOpenTasksAndBlockANewRequest(Scenario scenario) throws Exception {
        Person rep = program.rep("Finn");
        Person mentor = program.mentor("Gaia");
        program.assign(rep, mentor);
        long id = waitingForReceipts(rep, mentor);
        long next = event(rep, 200);
        ((TestClock) clock).advance(Duration.ofDays(125));
        scenario.stimulate(() -> receiptSweep.sweep(LocalDate.now(clock)))
                .andWaitForStateChange(() -> tasks.openFor(mentor.getId(), 50).stream().filter(t -> t.type() == TaskType.RECEIPTS_OVERDUE).toList(),
                        list -> !list.isEmpty())
                .andVerify(list -> assertThat(list).isNotEmpty());
        mvc.perform(post("/api/v1/budgets").header("Authorization", Program.bearer(rep)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(next, "EUR", SMALL)))
                .andExpect(status().isUnprocessableEntity());
        assertThat(id).isPositive();
    }

    @Test
    void theRequestReviewAndCouncilPagesRenderForThoseWhoMaySeeThemAndNotForOthers() throws Exception {
        Person mentor = program.mentor("Ines");
        Person rep = program.menteeOf(mentor, "Hugo");
        Person stranger = program.rep("Jon");
        long id = inDecision(rep, mentor);
        Person reviewer = program.council("Kim");
        long eventId = budgets.find(id).getEventId();
        mvc.perform(get("/events")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/events").with(user(rep))).andExpect(status().isOk());
        mvc.perform(get("/events/" + eventId).with(user(rep))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(org.hamcrest.Matchers.containsString("untimed")));
        mvc.perform(get("/events/new").param("from", String.valueOf(eventId)).with(user(rep))).andExpect(status().isOk());
        mvc.perform(get("/budgets/new").param("event", String.valueOf(eventId)).with(user(rep))).andExpect(status().isOk());
        mvc.perform(get("/budgets").with(user(rep))).andExpect(status().isOk());
        mvc.perform(get("/budgets/" + id).with(user(rep))).andExpect(status().isOk());
        mvc.perform(get("/budgets/" + id + "/review").with(user(mentor))).andExpect(status().isOk());
        mvc.perform(get("/budgets/" + id).with(user(reviewer))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(org.hamcrest.Matchers.containsString("decision-form")));
        mvc.perform(get("/budgets/council").with(user(reviewer))).andExpect(status().isOk());
        mvc.perform(get("/budgets/" + id).with(user(stranger))).andExpect(status().isForbidden());
        mvc.perform(get("/budgets/council").with(user(stranger))).andExpect(status().isForbidden());
    }

    @Test
    void aRequestInAnotherCurrencyShowsTheRateUsedAndTheConvertedAmountBesideItsAmount() throws Exception {
        Person rep = program.rep("Ludo");
        long id = draft(rep, event(rep, 30), SMALL);
        mvc.perform(get("/api/v1/budgets/" + id).header("Authorization", Program.bearer(rep)))
                .andExpect(jsonPath("$.currency").value("EUR"))
                .andExpect(jsonPath("$.exchangeRate").value(1.08))
                .andExpect(jsonPath("$.totalInThresholdCurrency").value(159.84));
        String beside = "≈ 159.84 USD (at 1.08)";
        mvc.perform(get("/budgets/" + id).with(user(rep)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(org.hamcrest.Matchers.containsString(beside)));
        mvc.perform(get("/budgets").with(user(rep)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(org.hamcrest.Matchers.containsString(beside)));
    }

    @Test
    void anApprovedBudgetFreezesTheMetricsOfItsEvent() throws Exception {
        Person mentor = program.mentor("Nils");
        Person rep = program.menteeOf(mentor, "Maja");
        long id = inDecision(rep, mentor);
        long eventId = budgets.find(id).getEventId();
        String metrics = """
                [{"name":"Attendees","expected":"35"},{"name":"Pledges","expected":"20"},{"name":"Posts","expected":"4"}]""";
        mvc.perform(put("/api/v1/events/" + eventId + "/metrics").header("Authorization", Program.bearer(rep))
                        .contentType(MediaType.APPLICATION_JSON).content(metrics))
                .andExpect(status().isOk());
        budgets.decide(program.actor(program.council("Odile")), id, new CouncilDecision(Outcome.PARTLY_APPROVED, "100", "Flyers are not needed"));
        mvc.perform(put("/api/v1/events/" + eventId + "/metrics").header("Authorization", Program.bearer(rep))
                        .contentType(MediaType.APPLICATION_JSON).content(metrics.replace("35", "50")))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/events/" + eventId).header("Authorization", Program.bearer(rep)))
                .andExpect(jsonPath("$.metrics[0].expected").value("35"));
    }

    @Test
    void theCouncilViewShowsMoneyApprovedAndSpentFromTheReceiptsPerRegionAndQuarterInTheThresholdCurrency() throws Exception {
        ((TestClock) clock).setTo(java.time.Instant.parse("2036-01-05T09:00:00Z"));
        Person mentor = program.mentor("Quirin");
        Person rep = program.menteeOf(mentor, "Piet");
        long spent = inDecision(rep, mentor);
        budgets.decide(program.actor(program.council("Rhea")), spent, new CouncilDecision(Outcome.APPROVED, null, "Good plan"));
        long partly = inDecision(rep, mentor);
        budgets.decide(program.actor(program.council("Sami")), partly, new CouncilDecision(Outcome.PARTLY_APPROVED, "50", "Flyers are not needed"));
        ((TestClock) clock).advance(Duration.ofDays(40));
        receiptSweep.sweep(LocalDate.now(clock));
        var receipts = receiptsService;
        receipts.write(program.actor(rep), spent, Receipts.Kind.STATEMENT, "The snack receipt was lost.", "140.00", "EUR");
        receipts.write(program.actor(rep), spent, Receipts.Kind.REPORT, "Thirty people came.");
        receipts.finish(program.actor(rep), spent);

        String region = jdbc.sql("select g.name from budget_requests r join regions g on g.code = r.region_code where r.id = ?")
                .param(spent).query(String.class).single();
        Person council = program.council("Tilda");
        mvc.perform(get("/budgets/council").with(user(council)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(org.hamcrest.Matchers.containsString(
                        "<td data-label=\"Region\">" + region + "</td>\n            <td data-label=\"Quarter\">2036-Q1</td>\n"
                                + "            <td data-label=\"Approved\">213.84</td>\n            <td data-label=\"Spent\">151.20</td>")));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor user(Person person) throws Exception {
        jakarta.servlet.http.Cookie session = org.repsportal.support.SignIn.as(mvc, person);
        return request -> {
            request.setCookies(session);
            return request;
        };
    }

    private Callable<Integer> decideAs(Person reviewer, long id, String outcome, CountDownLatch start) {
        return () -> {
            start.await();
            return mvc.perform(post("/api/v1/budgets/" + id + "/decision").header("Authorization", Program.bearer(reviewer))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"" + outcome + "\",\"reason\":\"Because\"}"))
                    .andReturn().getResponse().getStatus();
        };
    }

    private long inDecision(Person rep, Person mentor) throws Exception {
        long id = draft(rep, event(rep, 30), SMALL);
        budgets.submit(program.actor(rep), id);
        budgets.review(program.actor(mentor), id, allOk(true));
        return id;
    }

    private long waitingForReceipts(Person rep, Person mentor) throws Exception {
        long id = inDecision(rep, mentor);
        budgets.decide(program.actor(program.council("Decider")), id, new CouncilDecision(Outcome.APPROVED, null, "Good plan"));
        ((TestClock) clock).advance(Duration.ofDays(31));
        receiptSweep.sweep(LocalDate.now(clock));
        ((TestClock) clock).reset();
        assertThat(budgets.find(id).getState()).isEqualTo(BudgetState.WAITING_RECEIPTS);
        return id;
    }

    static MentorReview allOk(boolean passOn) {
        var marks = new java.util.EnumMap<ReviewPoint, MentorReview.Mark>(ReviewPoint.class);
        for (ReviewPoint p : ReviewPoint.values()) {
            marks.put(p, new MentorReview.Mark(Verdict.OK, null));
        }
        return new MentorReview(marks, "Looks right", passOn);
    }
}
