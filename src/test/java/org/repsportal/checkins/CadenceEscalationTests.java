package org.repsportal.checkins;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.repsportal.mentorship.MentorshipQueries.CurrentAssignment;
import org.repsportal.people.Person;
import org.repsportal.platform.ForbiddenException;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.support.Mailbox;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Council's escalations of slipping check-ins: one per mentor, kept up by the daily watch, and worked on. */
@PortalTest
@EnableScenarios
// the context of ReassignmentTests: these tests move the clock and write mail
@org.springframework.test.context.TestPropertySource(properties = "portal.mentorship.confirmation-wait=7d")
class CadenceEscalationTests {

    @Autowired Program program;
    @Autowired Mailbox mailbox;
    @Autowired CadenceWatch watch;
    @Autowired CadenceEscalations escalations;
    @Autowired CheckInsImport imports;
    @Autowired CheckInQueries queries;
    @Autowired CheckInTracking tracking;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aMentorsOverdueMentorshipsShareOneTaskThatTheWatchKeepsUpAndClosesWhenAllAreBackOnRhythm(Scenario scenario) {
        program.council("Queue Council");
        Person mentor = program.mentor("Quentin");
        Person anna = program.menteeOf(mentor, "Anna");
        Person bert = program.menteeOf(mentor, "Bert");
        Person cleo = program.menteeOf(mentor, "Cleo");
        LocalDate day = LocalDate.now(clock);
        held(mentor, cleo, day);

        scenario.stimulate(() -> watch.watch(day.plusDays(46)))
                .andWaitForStateChange(() -> escalationTasks(mentor, "OPEN"), n -> n == 1)
                .andVerify(n -> assertThat(n).isOne());
        assertThat(listed(mentor)).as("Cleo met at the start: one cadence missed only").containsExactlyInAnyOrder(anna.getId(), bert.getId());
        watch.watch(day.plusDays(46));
        assertThat(listed(mentor)).containsExactlyInAnyOrder(anna.getId(), bert.getId());
        assertThat(jdbc.sql("select missed from cadence_escalated where mentee_id = ?").param(anna.getId()).query(Integer.class).single())
                .isEqualTo(2);

        held(mentor, anna, day.plusDays(55));
        watch.watch(day.plusDays(61));
        assertThat(listed(mentor)).as("Anna back on rhythm, Cleo two cadences late").containsExactlyInAnyOrder(bert.getId(), cleo.getId());
        assertThat(escalationTasks(mentor, "OPEN")).as("still the one task").isOne();

        held(mentor, bert, day.plusDays(62));
        held(mentor, cleo, day.plusDays(62));
        scenario.stimulate(() -> watch.watch(day.plusDays(63)))
                .andWaitForStateChange(() -> escalationTasks(mentor, "CLOSED"), n -> n == 1)
                .andVerify(n -> assertThat(escalationTasks(mentor, "OPEN")).isZero());
        assertThat(listed(mentor)).isEmpty();
        assertThat(jdbc.sql("select count(*) from tasks where source_ref like 'cadence-escalation:' || ? || ':%'")
                .param(mentor.getId()).query(Long.class).single()).as("one task in all").isOne();
    }

    @Test
    void missedCadencesOfAMentorshipFromYearsAgoCountFromTheDayCheckInsBeganBeingTracked() {
        Person mentor = program.mentor("Olga");
        Person mentee = program.rep("Otto");
        LocalDate today = LocalDate.now(clock);
        LocalDate recorded = tracking.since();
        var fromLongAgo = List.of(new CurrentAssignment(mentee.getId(), mentor.getId(), today.minusYears(5)));
        try {
            tracking.trackedSince(today.minusDays(60));
            MentorshipRhythm rhythm = queries.rhythms(fromLongAgo, today).get(0);
            assertThat(rhythm.overdue()).isTrue();
            assertThat(rhythm.missedCadences()).as("46 days since the first due day after tracking began").isEqualTo(2);

            tracking.trackedSince(today.minusYears(6));
            assertThat(queries.rhythms(fromLongAgo, today).get(0).missedCadences()).as("the mentorship's start is later")
                    .isGreaterThan(50);
        } finally {
            tracking.trackedSince(recorded);
        }
    }

    @Test
    void aCouncilMembersOwnMentorshipsEscalateToTheOtherCouncilMembersNeverToThemselves(Scenario scenario) throws Exception {
        Person other = program.council("Other Council");
        Person member = program.council("Kim Council");
        Person mentee = program.menteeOf(member, "Karl");
        LocalDate day = LocalDate.now(clock);

        scenario.stimulate(() -> watch.watch(day.plusDays(46)))
                .andWaitForStateChange(() -> escalationTasks(member, "OPEN"), n -> n == 1)
                .andVerify(n -> assertThat(n).isOne());
        assertThat(jdbc.sql("select assignee_id from tasks where subject_person_id = ? and type = 'CHECK_IN_DUE'")
                .param(member.getId()).query(Long.class).single()).isNotEqualTo(member.getId());
        assertThat(jdbc.sql("""
                        select count(*) from task_watchers w join tasks t on t.id = w.task_id
                        where t.subject_person_id = ? and t.type = 'CHECK_IN_DUE' and w.person_id = ?""")
                .params(member.getId(), member.getId()).query(Long.class).single()).isZero();

        assertThat(escalations.open(program.actor(member))).noneMatch(e -> e.mentorId() == member.getId());
        assertThat(escalations.open(program.actor(other))).anyMatch(e -> e.mentorId() == member.getId());
        assertThatThrownBy(() -> escalations.nudge(program.actor(member), member.getId())).isInstanceOf(ForbiddenException.class);
        mvc.perform(post("/council/checkins/escalations/{m}/mentees/{r}/dismiss", member.getId(), mentee.getId())
                        .param("reason", "mine").with(csrf()).header("Authorization", Program.bearer(member)))
                .andExpect(status().isForbidden());
        assertThat(listed(member)).containsExactly(mentee.getId());
    }

    @Test
    void aNudgeMailsTheMentorThroughTheOutboxOnceADayAtMost(Scenario scenario) throws Exception {
        Person council = program.council("Nudging Council");
        Person mentor = program.mentor("Nadia");
        Person mentee = program.menteeOf(mentor, "Nils");
        LocalDate day = LocalDate.now(clock);
        escalate(scenario, mentor, day.plusDays(46));
        long before = nudges(mentor);

        mvc.perform(post("/council/checkins/escalations/{m}/nudge", mentor.getId()).with(csrf())
                        .header("Authorization", Program.bearer(council)))
                .andExpect(redirectedUrl("/council/checkins/escalations/" + mentor.getId()))
                .andExpect(flash().attribute("escalationFlash", "checkin.escalation.nudged"));
        assertThat(nudges(mentor)).isEqualTo(before + 1);
        assertThat(mailbox.to(mentor).subjectIs("Your check-ins have slipped").bodies()).allMatch(body -> body.contains("Nils"));

        assertThat(escalations.nudge(program.actor(council), mentor.getId())).as("again today").isFalse();
        assertThat(nudges(mentor)).isEqualTo(before + 1);

        clock.advance(Duration.ofDays(1));
        assertThat(escalations.nudge(program.actor(council), mentor.getId())).as("the next day").isTrue();
        assertThat(nudges(mentor)).isEqualTo(before + 2);
    }

    @Test
    void aDismissalNeedsAReasonKeepsTheTypedTextOnErrorAndHoldsUntilOneMoreCadenceIsMissed(Scenario scenario) throws Exception {
        Person council = program.council("Dismissing Council");
        Person mentor = program.mentor("Dora");
        Person mentee = program.menteeOf(mentor, "Dirk");
        LocalDate day = LocalDate.now(clock);
        escalate(scenario, mentor, day.plusDays(46));
        String dismiss = "/council/checkins/escalations/" + mentor.getId() + "/mentees/" + mentee.getId() + "/dismiss";
        String page = "/council/checkins/escalations/" + mentor.getId();

        mvc.perform(post(dismiss).param("reason", "   ").with(csrf()).header("Authorization", Program.bearer(council)))
                .andExpect(redirectedUrl(page + "#dismiss-" + mentor.getId() + "-" + mentee.getId()))
                .andExpect(flash().attribute("dismissError", "checkin.escalation.reason.required"));
        String tooLong = "x".repeat(501);
        mvc.perform(post(dismiss).param("reason", tooLong).with(csrf()).header("Authorization", Program.bearer(council)))
                .andExpect(flash().attribute("dismissError", "checkin.escalation.reason.long"))
                .andExpect(flash().attribute("dismissReason", tooLong));
        jakarta.servlet.http.Cookie session = org.repsportal.support.SignIn.as(mvc, council);
        mvc.perform(post(dismiss).param("reason", "typed so far " + tooLong).with(csrf()).cookie(session))
                .andExpect(redirectedUrl(page + "#dismiss-" + mentor.getId() + "-" + mentee.getId()));
        mvc.perform(get(page).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Keep the reason to 500 characters.")))
                .andExpect(content().string(containsString("value=\"typed so far x")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        assertThat(listed(mentor)).containsExactly(mentee.getId());
        assertThatThrownBy(() -> escalations.dismiss(program.actor(council), mentor.getId(), mentee.getId(), null))
                .isInstanceOf(InvalidInputException.class);

        scenario.stimulate(() -> {
                    try {
                        mvc.perform(post(dismiss).param("reason", "Dirk is moving house; they meet next week")
                                        .with(csrf()).header("Authorization", Program.bearer(council)))
                                .andExpect(flash().attribute("escalationFlash", "checkin.escalation.dismissed"));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .andWaitForStateChange(() -> escalationTasks(mentor, "CLOSED"), n -> n == 1)
                .andVerify(n -> assertThat(listed(mentor)).isEmpty());
        mvc.perform(get(page).header("Authorization", Program.bearer(council)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("no open escalation")))
                .andExpect(content().string(not(containsString("Why dismiss Dirk?"))));

        watch.watch(day.plusDays(47));
        watch.watch(day.plusDays(74));
        assertThat(listed(mentor)).as("dismissed until one more cadence is missed").isEmpty();
        scenario.stimulate(() -> watch.watch(day.plusDays(76)))
                .andWaitForStateChange(() -> escalationTasks(mentor, "OPEN"), n -> n == 1)
                .andVerify(n -> assertThat(listed(mentor)).containsExactly(mentee.getId()));
    }

    @Test
    void theCouncilsOverduePageShowsEachEscalationWithItsActionsAndARepIsRefused(Scenario scenario) throws Exception {
        Person council = program.council("Reading Council");
        Person mentor = program.mentor("Pia");
        Person mentee = program.menteeOf(mentor, "Paul");
        escalate(scenario, mentor, LocalDate.now(clock).plusDays(46));

        mvc.perform(get("/council/checkins").header("Authorization", Program.bearer(council)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"escalation-" + mentor.getId() + "\"")))
                .andExpect(content().string(containsString("/people/" + mentee.getId() + "/mentor")))
                .andExpect(content().string(containsString("data-hx-select=\"#escalation-" + mentor.getId() + "\"")));
        mvc.perform(get("/council/checkins/escalations/{m}", mentor.getId()).header("Authorization", Program.bearer(mentee)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/council/checkins/escalations/{m}/nudge", mentor.getId()).with(csrf())
                        .header("Authorization", Program.bearer(mentor)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOverduePageAndAnEscalationsPageReadAsManyStatementsForThreeMentorshipsAsForOne(Scenario scenario) throws Exception {
        Person council = program.council("Counting Council");
        Person small = program.mentor("Sam");
        program.assign(program.rep("Sue"), small);
        escalate(scenario, small, LocalDate.now(clock).plusDays(46));
        long overdueBefore = org.repsportal.support.Statements.forPage(mvc, "/council/checkins", council);
        long pageOfOne = org.repsportal.support.Statements.forPage(mvc, "/council/checkins/escalations/" + small.getId(), council);

        Person large = program.mentor("Lars");
        for (int i = 0; i < 3; i++) {
            program.assign(program.rep("Lena " + i), large);
        }
        escalate(scenario, large, LocalDate.now(clock).plusDays(46));
        assertThat(listed(large)).hasSize(3);
        assertThat(org.repsportal.support.Statements.forPage(mvc, "/council/checkins", council)).isEqualTo(overdueBefore);
        assertThat(org.repsportal.support.Statements.forPage(mvc, "/council/checkins/escalations/" + large.getId(), council))
                .isEqualTo(pageOfOne);
    }

    @Test
    void theApiListsTheEscalationsAndDismissesOnlyWithAReason(Scenario scenario) throws Exception {
        Person council = program.council("Api Council");
        Person mentor = program.mentor("Ada");
        Person mentee = program.menteeOf(mentor, "Abe");
        escalate(scenario, mentor, LocalDate.now(clock).plusDays(46));

        mvc.perform(get("/api/v1/council/checkins/escalations").param("size", "100").header("Authorization", Program.bearer(council)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                        "$.items[?(@.mentorId == " + mentor.getId() + ")].mentorships[0].menteeId").value(
                        org.hamcrest.Matchers.hasItem(mentee.getId().intValue())));
        String dismiss = "/api/v1/council/checkins/escalations/" + mentor.getId() + "/mentees/" + mentee.getId() + "/dismiss";
        mvc.perform(post(dismiss).contentType("application/json").content("{\"reason\": \" \"}")
                        .header("Authorization", Program.bearer(council)))
                .andExpect(status().isBadRequest());
        assertThat(listed(mentor)).containsExactly(mentee.getId());
        mvc.perform(post(dismiss).contentType("application/json").content("{\"reason\": \"They met off the portal\"}")
                        .header("Authorization", Program.bearer(council)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.dismissed").value(true));
        assertThat(listed(mentor)).isEmpty();
    }

    private void escalate(Scenario scenario, Person mentor, LocalDate on) {
        scenario.stimulate(() -> watch.watch(on))
                .andWaitForStateChange(() -> escalationTasks(mentor, "OPEN"), n -> n == 1)
                .andVerify(n -> assertThat(n).isOne());
    }

    private void held(Person mentor, Person mentee, LocalDate on) {
        imports.importAll(List.of(new CheckInsImport.PastCheckIn(mentor.getId(), mentee.getId(),
                on.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC, List.of("Catch up"), "Done", null)));
    }

    private List<Long> listed(Person mentor) {
        return jdbc.sql("select mentee_id from cadence_escalated where mentor_id = ?").param(mentor.getId()).query(Long.class).list();
    }

    private long escalationTasks(Person mentor, String state) {
        return jdbc.sql("select count(*) from tasks where type = 'CHECK_IN_DUE' and subject_person_id = ? and state = ?")
                .params(mentor.getId(), state).query(Long.class).single();
    }

    private long nudges(Person mentor) {
        return mailbox.to(mentor).subjectIs("Your check-ins have slipped").count();
    }
}
