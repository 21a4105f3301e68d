package org.repsportal.budgets;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repsportal.events.EventOutcomes;
import org.repsportal.events.Events;
import org.repsportal.events.NewEvent;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evidence beside the review points, from seeded past events and requests: point 1 counts the Rep's past
 * events that reached their attendance target, point 2 links each past event's activity report and post-event
 * report, point 6 compares catering per attendee with the program's 50th and 75th percentiles. (Same configuration
 * as {@code ReassignmentTests}: its own database, so that the percentiles are those of the requests seeded here,
 * on a clock far ahead of the other tests'.)
 */
@PortalTest
@EnableScenarios
@org.springframework.test.context.TestPropertySource(properties = "portal.mentorship.confirmation-wait=7d")
class ReviewEvidenceTests {

    static final Instant START = Instant.parse("2051-01-03T09:00:00Z");

    @Autowired TestClock clock;
    @Autowired Program program;
    @Autowired Events events;
    @Autowired Budgets budgets;
    @Autowired ReviewEvidence evidence;
    @Autowired ReceiptSweep receiptSweep;
    @Autowired Receipts receipts;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void farAhead() {
        clock.setTo(START);
    }

    @AfterEach
    void clockFollowsTheSystemAgain() {
        clock.reset();
    }

    @Test
    void pointOneCountsThePastEventsThatReachedTheirTargetAndPointTwoLinksTheirReports(Scenario scenario) {
        Person rep = program.rep("Odile");
        Person mentor = program.mentor("Pavel");
        program.assign(rep, mentor);
        Person council = program.council("Renata");
        long first = event(rep, "Quiz night", 30, 30);
        long second = event(rep, "Second meetup", 31, 30);
        long third = event(rep, "Third meetup", 32, 30);
        long fourth = event(rep, "Fourth meetup", 33, 30);
        long granted = request(rep, first, "VENUE", "1", "100");
        budgets.submit(program.actor(rep), granted);
        budgets.review(program.actor(mentor), granted, BudgetsApiTests.allOk(true));
        budgets.decide(program.actor(council), granted, new CouncilDecision(Outcome.APPROVED, null, "Fine"));

        clock.advance(Duration.ofDays(40));
        receiptSweep.sweep(LocalDate.now(clock));
        receipts.write(program.actor(rep), granted, Receipts.Kind.REPORT, "Forty came; the quiz about privacy worked best.");
        outcomes(rep, second, 35);
        outcomes(rep, third, 31);
        outcomes(rep, fourth, 10);
        scenario.stimulate(() -> outcomes(rep, first, 30))
                .andWaitForStateChange(() -> jdbc.sql("select count(*) from activity_reports where person_id = ? and link like ?")
                        .params(rep.getId(), "%/events/" + first).query(Long.class).single(), n -> n > 0)
                .andVerify(n -> assertThat(n).isEqualTo(1));

        long next = request(rep, event(rep, "Next meetup", 30, 30), "VENUE", "1", "120");
        budgets.submit(program.actor(rep), next);
        ReviewSheet sheet = evidence.sheetFor(budgets.find(next));

        ReviewSheet.Point metrics = point(sheet, ReviewPoint.METRICS);
        assertThat(metrics.evidence()).contains("3 of 4 past events reached their attendance target.");
        assertThat(metrics.flags()).doesNotContain("attendance-targets-missed", "no-past-outcomes");

        ReviewSheet.Point lessons = point(sheet, ReviewPoint.LESSONS);
        assertThat(lessons.links()).extracting(ReviewSheet.Link::eventId).contains(first, second, third, fourth);
        ReviewSheet.Link quiz = lessons.links().stream().filter(l -> l.eventId() == first).findFirst().orElseThrow();
        assertThat(quiz.outcomesRecorded()).isTrue();
        assertThat(quiz.activityReportId()).isEqualTo(jdbc.sql("select id from activity_reports where person_id = ? and link like ?")
                .params(rep.getId(), "%/events/" + first).query(Long.class).single());
        assertThat(quiz.postEventReport()).isEqualTo("Forty came; the quiz about privacy worked best.");
        assertThat(lessons.links().stream().filter(l -> l.eventId() == fourth).findFirst().orElseThrow().postEventReport())
                .as("no budget, no report after it").isNull();
    }

    @Test
    void cateringPerAttendeeIsComparedWithTheProgramsPercentilesAndFlaggedAboveTheSeventyFifth() {
        Person council = program.council("Sabine");
        // four granted requests on events of ten: catering 10, 20, 30 and 40 USD per attendee
        for (int perAttendee : new int[] {10, 20, 30, 40}) {
            Person rep = program.rep("Seeded " + perAttendee);
            Person mentor = program.mentor("Seeding mentor " + perAttendee);
            program.assign(rep, mentor);
            long id = request(rep, event(rep, "Dinner " + perAttendee, 30, 10), "CATERING", "10", String.valueOf(perAttendee));
            budgets.submit(program.actor(rep), id);
            budgets.review(program.actor(mentor), id, BudgetsApiTests.allOk(true));
            budgets.decide(program.actor(council), id, new CouncilDecision(Outcome.APPROVED, null, "Fine"));
        }
        Person rep = program.rep("Tobias");
        Person mentor = program.mentor("Ulla");
        program.assign(rep, mentor);
        long lavish = request(rep, event(rep, "Lavish dinner", 30, 10), "CATERING", "10", "35");
        long modest = request(rep, event(rep, "Modest dinner", 31, 10), "CATERING", "10", "30");

        ReviewSheet.Point costs = point(evidence.sheetFor(budgets.find(lavish)), ReviewPoint.COSTS);
        assertThat(costs.evidence()).anySatisfy(line -> assertThat(line).startsWith("Catering: 35")
                .contains("50th percentile is 25", "the 75th 32.5"));
        assertThat(costs.flags()).containsExactly("catering-above-p75");
        assertThat(point(evidence.sheetFor(budgets.find(modest)), ReviewPoint.COSTS).flags())
                .as("at or under the 75th percentile").isEmpty();
    }

    private static ReviewSheet.Point point(ReviewSheet sheet, ReviewPoint point) {
        return sheet.points().stream().filter(p -> p.key().equals(point.key())).findFirst().orElseThrow();
    }

    private long event(Person owner, String name, int daysAhead, int expected) {
        LocalDate on = LocalDate.now(clock).plusDays(daysAhead);
        return events.plan(program.actor(owner), new NewEvent(name, "MEETUP", on, on, "Europe/Berlin", false, "Town hall", expected,
                "Welcome new contributors",
                List.of(new NewEvent.Item("10:00", "Welcome"), new NewEvent.Item("11:00", "Talks"), new NewEvent.Item("15:00", "Wrap-up")),
                List.of(new NewEvent.Target("Attendees", String.valueOf(expected)), new NewEvent.Target("Sign-ups", "5"),
                        new NewEvent.Target("Posts", "2")),
                Set.of(), null));
    }

    private long request(Person rep, long event, String category, String quantity, String unitCost) {
        return budgets.draft(program.actor(rep), new NewBudget(event, "USD",
                List.of(new NewBudget.Line(category, "What the event needs", quantity, unitCost)), "Asked a sponsor", null, null));
    }

    private void outcomes(Person rep, long event, int attendance) {
        events.recordOutcomes(program.actor(rep), event, new EventOutcomes(attendance, List.of(
                new EventOutcomes.Outcome(String.valueOf(attendance), true), new EventOutcomes.Outcome("5", true),
                new EventOutcomes.Outcome("2", false))));
    }
}
