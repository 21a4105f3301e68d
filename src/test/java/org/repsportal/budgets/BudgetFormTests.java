package org.repsportal.budgets;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.repsportal.events.Events;
import org.repsportal.events.NewEvent;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.SignIn;
import org.repsportal.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** Every budget and event form refused for bad input comes back with its field errors and what was typed; nothing is stored. */
@PortalTest
class BudgetFormTests {

    @Autowired MockMvc mvc;
    @Autowired Program program;
    @Autowired Events events;
    @Autowired Budgets budgets;
    @Autowired ReceiptSweep receiptSweep;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aBudgetWithANegativeCostComesBackWithTheLineAsTypedAndIsNotSaved() throws Exception {
        Person rep = program.rep("Ariadne");
        long event = event(rep, 30);
        mvc.perform(post("/budgets").cookie(SignIn.as(mvc, rep)).with(csrf())
                        .param("eventId", String.valueOf(event)).param("currency", "EUR")
                        .param("categories[0]", "CATERING").param("descriptions[0]", "Pizza for forty")
                        .param("quantities[0]", "40").param("unitCosts[0]", "-7.50")
                        .param("savingsSought", "Asked the pizzeria for a discount"))
                .andExpect(status().isOk())
                .andExpect(view().name("budgets/form"))
                .andExpect(model().attributeHasFieldErrorCode("budget", "unitCosts[0]", "budget.line.unitCost.invalid"))
                .andExpect(content().string(containsString("value=\"Pizza for forty\"")))
                .andExpect(content().string(containsString("value=\"-7.50\"")))
                .andExpect(content().string(containsString("Asked the pizzeria for a discount</textarea>")));
        mvc.perform(post("/budgets").cookie(SignIn.as(mvc, rep)).with(csrf())
                        .param("eventId", String.valueOf(event)).param("currency", "EUR")
                        .param("categories[0]", "SWAG").param("descriptions[0]", "Stickers")
                        .param("quantities[0]", "10000").param("unitCosts[0]", "99999")
                        .param("savingsSought", "Sponsor"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("budget", "descriptions", "budget.total.absurd"))
                .andExpect(content().string(containsString("id=\"lines-error\"")));
        assertThat(requestsOf(rep)).isZero();
    }

    @Test
    void aReviewWithoutAVerdictOrRationaleComesBackWithTheMarksAndNotesAsTyped() throws Exception {
        Person rep = program.rep("Bastian");
        Person mentor = program.mentor("Cosima");
        program.assign(rep, mentor);
        long id = submitted(rep, "120");
        var review = post("/budgets/" + id + "/review").cookie(SignIn.as(mvc, mentor)).with(csrf()).param("action", "pass")
                .param("notes[travel]", "Could the speaker join online?").param("rationale", "");
        for (String point : List.of("metrics", "lessons", "savings", "agenda", "costs")) {
            review.param("verdicts[" + point + "]", "OK");
        }
        mvc.perform(review)
                .andExpect(status().isOk())
                .andExpect(view().name("budgets/review"))
                .andExpect(model().attributeHasFieldErrorCode("review", "verdicts[travel]", "budget.review.mark.required"))
                .andExpect(model().attributeHasFieldErrorCode("review", "rationale", "budget.review.rationale.required"))
                .andExpect(content().string(containsString("value=\"Could the speaker join online?\"")))
                .andExpect(content().string(containsString("id=\"ok-costs\" value=\"OK\" checked=\"checked\"")));
        BudgetRequest request = budgets.find(id);
        assertThat(request.getState()).isEqualTo(BudgetState.MENTOR_REVIEW);
        assertThat(request.getMarks()).isEmpty();
    }

    @Test
    void aPartialApprovalWithoutAValidAmountComesBackWithTheOutcomeAndReasonAsTypedThenARightOneRedirects() throws Exception {
        Person rep = program.rep("Dorian");
        Person mentor = program.mentor("Esme");
        program.assign(rep, mentor);
        Person reviewer = program.council("Fabian");
        long id = passedOn(rep, mentor, "120");
        Cookie session = SignIn.as(mvc, reviewer);
        mvc.perform(post("/budgets/" + id + "/decision").cookie(session).with(csrf())
                        .param("outcome", "PARTLY_APPROVED").param("amount", "a hundred").param("reason", "Flyers are not needed"))
                .andExpect(status().isOk())
                .andExpect(view().name("budgets/request"))
                .andExpect(model().attributeHasFieldErrorCode("decision", "amount", "budget.decision.amount.invalid"))
                .andExpect(content().string(containsString("value=\"a hundred\"")))
                .andExpect(content().string(containsString("Flyers are not needed</textarea>")))
                .andExpect(content().string(containsString("value=\"PARTLY_APPROVED\" checked=\"checked\"")));
        assertThat(budgets.find(id).getState()).isEqualTo(BudgetState.DECISION);
        mvc.perform(post("/budgets/" + id + "/decision").cookie(session).with(csrf())
                        .param("outcome", "PARTLY_APPROVED").param("amount", "100").param("reason", "Flyers are not needed"))
                .andExpect(redirectedUrl("/budgets/" + id));
        assertThat(budgets.find(id).getApprovedAmount()).isEqualByComparingTo("100");
    }

    @Test
    void aVoteWithoutAReasonComesBackWithTheOutcomeChosenAndNoVoteIsCounted() throws Exception {
        Person rep = program.rep("Gideon");
        Person mentor = program.mentor("Helga");
        program.assign(rep, mentor);
        Person voter = program.council("Ilias");
        long id = passedOn(rep, mentor, "900");
        clock.advance(Duration.ofDays(4));
        mvc.perform(post("/budgets/" + id + "/decision").cookie(SignIn.as(mvc, voter)).with(csrf())
                        .param("outcome", "DENIED").param("amount", "").param("reason", "  "))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("decision", "reason", "budget.decision.reason.required"))
                .andExpect(content().string(containsString("value=\"DENIED\" checked=\"checked\"")));
        assertThat(budgets.find(id).getVotes()).isEmpty();
        mvc.perform(post("/budgets/" + id + "/decision").cookie(SignIn.as(mvc, voter)).with(csrf()).param("outcome", "ROYAL"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("decision", "outcome", "budget.decision.outcome.required"));
    }

    @Test
    void aLeadTimeExceptionWithATooLongReasonComesBackWithTheReasonAsTyped() throws Exception {
        Person rep = program.rep("Jolene");
        Person council = program.council("Kasimir");
        long id = budgets.draft(program.actor(rep), budget(event(rep, 10), "80"));
        String reason = "The venue confirmed late. ".repeat(160);
        mvc.perform(post("/budgets/" + id + "/lead-time-exception").cookie(SignIn.as(mvc, council)).with(csrf()).param("reason", reason))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("exception", "reason", "budget.text.long"))
                .andExpect(content().string(containsString("value=\"" + reason + "\"")));
        assertThat(budgets.find(id).getLeadTimeException()).isNull();
        mvc.perform(post("/budgets/" + id + "/lead-time-exception").cookie(SignIn.as(mvc, council)).with(csrf())
                        .param("reason", "The venue confirmed late"))
                .andExpect(redirectedUrl("/budgets/" + id));
        assertThat(budgets.find(id).getLeadTimeException()).isEqualTo("The venue confirmed late");
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysAndAnEmptyReportComeBackWithFieldErrorsAndTheChoicesKept() throws Exception {
        Person rep = program.rep("Lorenz");
        Person mentor = program.mentor("Mirjam");
        program.assign(rep, mentor);
        long id = waitingForReceipts(rep, mentor);
        Cookie session = SignIn.as(mvc, rep);
        mvc.perform(multipart("/budgets/" + id + "/receipts").file(new MockMultipartFile("file", "photo.png", "image/png",
                        "not a picture at all".getBytes())).param("kind", "PHOTO").cookie(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("budgets/request"))
                .andExpect(model().attributeHasFieldErrorCode("upload", "file", "budget.photo.type"))
                .andExpect(content().string(containsString("value=\"PHOTO\" selected=\"selected\"")))
                .andExpect(content().string(containsString("id=\"file-error\"")));
        String longReport = "Forty people came and stayed for the workshop. ".repeat(220);
        mvc.perform(post("/budgets/" + id + "/receipts/text").cookie(session).with(csrf()).param("kind", "REPORT").param("text", longReport))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("note", "text", "budget.text.long"))
                .andExpect(content().string(containsString(longReport + "</textarea>")))
                .andExpect(content().string(containsString("value=\"REPORT\" selected=\"selected\"")));
        assertThat(jdbc.sql("select count(*) from budget_receipts where request_id = ?").param(id).query(Long.class).single()).isZero();
        mvc.perform(post("/budgets/" + id + "/receipts/text").cookie(session).with(csrf()).param("kind", "REPORT")
                        .param("text", "Forty people came."))
                .andExpect(redirectedUrl("/budgets/" + id + "#receipts"));
    }

    @Test
    void anEventWithTooFewMetricsComesBackWithEverythingTypedAndIsNotPlanned() throws Exception {
        Person rep = program.rep("Nora");
        LocalDate on = LocalDate.now(clock).plusDays(30);
        long before = jdbc.sql("select count(*) from events where owner_id = ?").param(rep.getId()).query(Long.class).single();
        mvc.perform(post("/events").cookie(SignIn.as(mvc, rep)).with(csrf())
                        .param("name", "Privacy cafe").param("type", "MEETUP").param("startsOn", on.toString()).param("endsOn", on.toString())
                        .param("timeZone", "Europe/Berlin").param("venue", "Cafe Lumen").param("expectedAttendance", "25")
                        .param("goals", "Talk about tracking protection")
                        .param("agendaTimes[0]", "18:00").param("agendaTitles[0]", "Coffee and welcome")
                        .param("metricNames[0]", "Attendees").param("metricExpected[0]", "25")
                        .param("metricNames[1]", "New Reps").param("metricExpected[1]", "2"))
                .andExpect(status().isOk())
                .andExpect(view().name("events/new"))
                .andExpect(model().attributeHasFieldErrorCode("event", "metricNames", "event.metrics.tooFew"))
                .andExpect(content().string(containsString("value=\"Privacy cafe\"")))
                .andExpect(content().string(containsString("value=\"Coffee and welcome\"")))
                .andExpect(content().string(containsString("value=\"New Reps\"")))
                .andExpect(content().string(containsString("id=\"metrics-error\"")));
        assertThat(jdbc.sql("select count(*) from events where owner_id = ?").param(rep.getId()).query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void outcomesWithAMetricLeftOutComeBackWithTheAttendanceAsTyped() throws Exception {
        Person rep = program.rep("Otto");
        long id = event(rep, 1);
        clock.advance(Duration.ofDays(2));
        mvc.perform(post("/events/" + id + "/outcomes").cookie(SignIn.as(mvc, rep)).with(csrf())
                        .param("actualAttendance", "27").param("actuals[0]", "27").param("actuals[1]", "").param("actuals[2]", "4"))
                .andExpect(status().isOk())
                .andExpect(view().name("events/outcomes"))
                .andExpect(model().attributeHasFieldErrorCode("outcomes", "actuals", "event.outcomes.each"))
                .andExpect(content().string(containsString("value=\"27\"")));
        assertThat(events.facts(id).outcomesRecorded()).isFalse();
    }

    // --- fixtures

    private long event(Person owner, int daysAhead) {
        LocalDate on = LocalDate.now(clock).plusDays(daysAhead);
        return events.plan(program.actor(owner), new NewEvent("Community day", "MEETUP", on, on, "Europe/Berlin", false,
                "Town hall", 30, "Welcome new contributors",
                List.of(new NewEvent.Item("10:00", "Welcome"), new NewEvent.Item("11:00", "Talks")),
                List.of(new NewEvent.Target("Attendees", "30"), new NewEvent.Target("Sign-ups", "10"), new NewEvent.Target("Posts", "3")),
                Set.of(), null));
    }

    private static NewBudget budget(long eventId, String venueCost) {
        return new NewBudget(eventId, "USD", List.of(new NewBudget.Line("VENUE", "Hall", "1", venueCost)),
                "Asked the town for a free hall", null, null);
    }

    private long submitted(Person rep, String venueCost) {
        long id = budgets.draft(program.actor(rep), budget(event(rep, 40), venueCost));
        budgets.submit(program.actor(rep), id);
        return id;
    }

    private long passedOn(Person rep, Person mentor, String venueCost) {
        long id = submitted(rep, venueCost);
        budgets.review(program.actor(mentor), id, BudgetsApiTests.allOk(true));
        return id;
    }

    private long waitingForReceipts(Person rep, Person mentor) {
        long id = passedOn(rep, mentor, "150");
        budgets.decide(program.actor(program.council("Decider")), id, new CouncilDecision(Outcome.APPROVED, null, "Good plan"));
        clock.advance(Duration.ofDays(41));
        receiptSweep.sweep(LocalDate.now(clock));
        return id;
    }

    private long requestsOf(Person rep) {
        return jdbc.sql("select count(*) from budget_requests where requester_id = ?").param(rep.getId()).query(Long.class).single();
    }
}
