package org.repsportal.demo;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.repsportal.mentorship.Mentorships;
import org.repsportal.people.Catalog;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.people.PersonStatus;
import org.repsportal.people.PersonSummary;
import org.repsportal.people.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo program, seeded once through the people, mentorship and identity modules into this test's own
 * embedded database: what API.md promises about it.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoProgramTests {

    @Autowired
    DemoProgram program;

    @Autowired
    People people;

    @Autowired
    Mentorships mentorships;

    @Autowired
    Catalog catalog;


    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    org.repsportal.people.Availability availability;

    @Autowired
    org.repsportal.reports.ActivityStatistics statistics;

    @Autowired
    org.repsportal.reports.ActivityClassPolicy activityClasses;

    @Autowired
    java.time.Clock clock;

    DemoProgram.Cast cast;

    @BeforeAll
    void seedTheDemoProgram() {
        assertThat(people.count()).as("the test database starts empty").isZero();
        cast = program.seed(60);
    }

    private Person byEmail(String email) {
        return people.findByEmail(email).orElseThrow(() -> new AssertionError("no demo person " + email));
    }

    @ParameterizedTest
    @CsvSource({
            "admin@example.org,      demo-admin,      ADMIN",
            "council@example.org,    demo-council,    COUNCIL MENTOR",
            "mentor@example.org,     demo-mentor,     MENTOR",
            "rep@example.org,        demo-rep,        REP",
            "newmentor@example.org,  demo-newmentor,  MENTOR"})
    void theFiveDemoAccountsSignInWithDemoAndTheirTokensWorkAsBearer(String email, String token, String roles)
            throws Exception {
        Person person = byEmail(email);
        assertThat(person.getRoles()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(roles.split(" ")).map(Role::valueOf).toList());

        mvc.perform(formLogin("/login").user(email).password("demo"))
                .andExpect(authenticated().withUsername(email));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(person.getId()))
                .andExpect(jsonPath("$.email").value(email))
                .andExpect(jsonPath("$.roles", containsInAnyOrder(roles.split(" "))));
    }

    @Test
    void oneOfTheDemoMentorsMenteesIsAwayWithADelegateAndAnotherMentorIsAwayForFourMonthsWithAPlan() throws Exception {
        assertThat(availability.awayToday(cast.mentorsMentees())).containsExactly(cast.mentorsMentees().get(3));
        mvc.perform(get("/api/v1/absences").param("person", String.valueOf(cast.mentorsMentees().get(3)))
                        .header("Authorization", "Bearer demo-mentor"))
                .andExpect(jsonPath("$.items[0].delegateId").value(cast.rep()));

        String longAbsence = mvc.perform(get("/api/v1/absences").param("person", String.valueOf(cast.mentors().get(1)))
                        .header("Authorization", "Bearer demo-council"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        java.time.LocalDate from = java.time.LocalDate.parse(com.jayway.jsonpath.JsonPath.read(longAbsence, "$.items[0].from"));
        java.time.LocalDate to = java.time.LocalDate.parse(com.jayway.jsonpath.JsonPath.read(longAbsence, "$.items[0].to"));
        assertThat(to).isAfterOrEqualTo(from.plusMonths(4));
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(longAbsence, "$.items[0].plan")).contains("interim mentors");
    }

    @Test
    void theMentorAwayForFourMonthsHasAnInterimMentorForEachMenteeUntilTheyAreBack() throws Exception {
        long away = cast.mentors().get(1);
        String absences = mvc.perform(get("/api/v1/absences").param("person", String.valueOf(away))
                        .header("Authorization", "Bearer demo-council"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        java.time.LocalDate lastDay = java.time.LocalDate.parse(com.jayway.jsonpath.JsonPath.read(absences, "$.items[0].to"));
        List<Long> mentees = jdbc.sql("select mentee_id from mentor_assignments where mentor_id = ? and kind = 'PERMANENT' and ended_on is null")
                .param(away).query(Long.class).list();

        assertThat(mentees).isNotEmpty();
        assertThat(mentorships.currentMenteeIds(away)).isEmpty();
        assertThat(mentees).allSatisfy(mentee -> {
            var current = mentorships.currentAssignmentOf(mentee).orElseThrow();
            assertThat(current.getKind()).isEqualTo(org.repsportal.mentorship.AssignmentKind.INTERIM);
            assertThat(current.getMentorId()).isNotEqualTo(away);
            assertThat(current.getInterimEndsOn()).as("back the day after the absence").isEqualTo(lastDay.plusDays(1));
        });
        org.awaitility.Awaitility.await().until(() -> jdbc.sql(
                        "select count(*) from event_publication where completion_date is null").query(Long.class).single() == 0);
        assertThat(jdbc.sql("""
                        select count(*) from tasks where source_ref like 'absence:%:interims' and state in ('OPEN', 'IN_PROGRESS', 'WAITING')""")
                .query(Long.class).single()).as("the Council has nothing left to do for it").isZero();
    }

    @Test
    void oneChangeOfMentorWaitsOnlyForTheNewMentorsConfirmation() {
        var waiting = jdbc.sql("""
                        select mentee_agreed_at is not null, from_agreed_at is not null, to_agreed_at is not null, state
                        from reassignments where state = 'PROPOSED'""")
                .query((rs, n) -> List.of(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3), rs.getString(4))).list();

        assertThat(waiting).containsExactly(List.of(true, true, false, "PROPOSED"));
    }

    @Test
    void oneRepIsInTheAlumniNoticePeriod() {
        var noticed = jdbc.sql("select w.person_id from alumni_watch w join people p on p.id = w.person_id where w.state = 'NOTICED' and p.status = 'ACTIVE'")
                .query(Long.class).list();

        assertThat(noticed).isNotEmpty();
        assertThat(noticed).allSatisfy(id -> assertThat(people.get(id).getRoles()).contains(Role.REP));
    }

    @Test
    void thereAreAtLeastSixtyActiveReps() {
        assertThat(people.activeWithRole(Role.REP)).hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void atLeastEightMentorsServeAllFiveRegions() {
        List<PersonSummary> mentors = people.activeWithRole(Role.MENTOR);

        assertThat(mentors).hasSizeGreaterThanOrEqualTo(8);
        Set<String> regions = mentors.stream()
                .map(m -> catalog.regionOfCountry(people.get(m.id()).getCountryCode()).orElseThrow().code())
                .collect(Collectors.toSet());
        assertThat(regions).containsExactlyInAnyOrder("AFRICA", "ASIA", "EUROPE", "LATAM", "NORTH_AMERICA");
    }

    @Test
    void thereIsACouncilThatIncludesTheCouncilAccount() {
        List<PersonSummary> council = people.activeWithRole(Role.COUNCIL);

        assertThat(council).hasSizeGreaterThanOrEqualTo(3);
        assertThat(council).extracting(PersonSummary::id).contains(byEmail("council@example.org").getId());
    }

    @Test
    void exactlyOneActiveRepIsStillWaitingForAMentor() {
        List<Long> activeReps = people.activeWithRole(Role.REP).stream().map(PersonSummary::id).toList();
        Map<Long, Long> mentors = mentorships.currentMentorIds(activeReps);

        List<Long> waiting = activeReps.stream().filter(id -> !mentors.containsKey(id)).toList();
        assertThat(waiting).containsExactly(cast.unmentoredRep());
        assertThat(people.get(cast.unmentoredRep()).getStatus()).isEqualTo(PersonStatus.ACTIVE);
    }

    @Test
    void theDemoMentorHasAtLeastSixCurrentMenteesAmongThemTheDemoRep() {
        long mentor = byEmail("mentor@example.org").getId();
        long rep = byEmail("rep@example.org").getId();

        assertThat(mentorships.currentMenteeIds(mentor)).hasSizeGreaterThanOrEqualTo(6).contains(rep);
        assertThat(mentorships.currentMentorOf(rep)).contains(mentor);
    }

    @Test
    void theDemoMentorHasMenteesActiveAndQuietForOverFourAndOverEightWeeks() {
        long mentor = byEmail("mentor@example.org").getId();
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        List<Long> mentees = mentorships.currentMenteeIds(mentor);

        var classes = statistics.of(mentees, today).values().stream()
                .map(s -> activityClasses.classify(s.lastReportOn(), null, false, today)).collect(Collectors.toSet());

        assertThat(classes).contains(org.repsportal.reports.ActivityClass.ACTIVE,
                org.repsportal.reports.ActivityClass.INACTIVE_LOW, org.repsportal.reports.ActivityClass.INACTIVE_HIGH);
    }

    @Test
    void theDemoRepHadAnEarlierMentorInTheirHistory() {
        long rep = byEmail("rep@example.org").getId();

        assertThat(mentorships.historyOf(rep)).hasSize(2)
                .filteredOn(a -> !a.isCurrent()).singleElement()
                .satisfies(ended -> assertThat(ended.getEndReason()).isNotBlank());
    }

    @Test
    void theNewMentorHasNoMenteesYet() {
        assertThat(mentorships.currentMenteeIds(byEmail("newmentor@example.org").getId())).isEmpty();
    }

    @Test
    void everyGeneratedPersonCanSignInWithTheDemoPassword() throws Exception {
        long someRep = cast.reps().get(17);
        String email = people.get(someRep).getEmail();

        mvc.perform(formLogin("/login").user(email).password("demo"))
                .andExpect(authenticated().withUsername(email));
    }

    @Test
    void alumniHaveEndedAssignmentsAndNoCurrentMentor() {
        // the directory's "Alumni" filter
        List<Long> alumni = jdbc.sql("""
                select p.id from people p where p.status <> 'ERASED'
                and exists (select 1 from person_roles r where r.person_id = p.id and r.role = 'ALUMNI')
                order by lower(p.display_name), p.id limit 100""").query(Long.class).list();

        assertThat(alumni).isNotEmpty();
        assertThat(alumni).allSatisfy(id -> assertThat(people.get(id).getStatus()).isEqualTo(PersonStatus.ALUMNI));
        assertThat(mentorships.currentMentorIds(alumni)).isEmpty();
        assertThat(alumni).allSatisfy(id -> assertThat(mentorships.historyOf(id)).isNotEmpty());
    }

    @Test
    void applicationsWaitInEveryStateWithOneInterviewBookedWithTheDemoMentorNextWeekAndOneNewRepHalfWayThroughOnboarding() {
        Map<String, Long> byState = jdbc.sql("select state, count(*) from applications group by state")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(byState).containsOnlyKeys("UNCONFIRMED", "SUBMITTED", "SCREENING", "INTERVIEW", "DECIDED", "WITHDRAWN",
                "CLOSED_NO_REPLY", "ONBOARDING");
        assertThat(jdbc.sql("select outcome from applications where state = 'DECIDED' order by outcome").query(String.class).list())
                .containsExactly("NOT_YET", "REJECTED");
        assertThat(jdbc.sql("select count(*) from application_referees where state = 'ANSWERED'").query(Long.class).single())
                .isGreaterThanOrEqualTo(1);

        java.time.LocalDate today = java.time.LocalDate.now(clock);
        List<java.time.OffsetDateTime> booked = jdbc.sql("""
                        select s.starts_at from application_slots s join applications a on a.id = s.application_id
                        where a.state = 'INTERVIEW' and a.interviewer_id = ? and s.picked and not s.withdrawn""")
                .param(cast.mentor()).query(java.time.OffsetDateTime.class).list();
        assertThat(booked).hasSize(1);
        assertThat(booked.get(0).toLocalDate()).isBetween(today.plusDays(6), today.plusDays(8));

        var onboarding = jdbc.sql("""
                        select a.person_id, a.mentor_id, a.agreement_accepted_at is not null, a.profile_completed_at is not null,
                               a.lists_joined_at is not null, p.state
                        from applications a join welcome_packs p on p.application_id = a.id where a.state = 'ONBOARDING'""")
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getBoolean(3), rs.getBoolean(4), rs.getBoolean(5),
                        rs.getString(6))).single();
        assertThat(onboarding.subList(2, 6)).containsExactly(true, true, false, "SHIPPED");
        long newRep = (Long) onboarding.get(0);
        assertThat(people.get(newRep).has(Role.REP)).isTrue();
        assertThat(mentorships.currentMentorOf(newRep)).hasValue((Long) onboarding.get(1));
        assertThat((Long) onboarding.get(1)).isNotEqualTo(cast.mentor());
        assertThat(mentorships.currentMenteeCount(cast.mentor())).isLessThanOrEqualTo(mentorships.capacityOf(cast.mentor()));
    }

    @Test
    void noInterviewTaskStaysOpenForAnApplicationThatNoLongerWaitsForItsInterview() {
        org.awaitility.Awaitility.await().until(() -> jdbc.sql(
                        "select count(*) from event_publication where completion_date is null").query(Long.class).single() == 0);

        List<String> stray = jdbc.sql("""
                        select t.source_ref from tasks t join applications a on t.source_ref = 'application:' || a.id || ':interview:' || a.interviewer_id
                        where a.state <> 'INTERVIEW' and t.state in ('OPEN', 'IN_PROGRESS', 'WAITING')""")
                .query(String.class).list();
        assertThat(stray).as("interview tasks of decided applications").isEmpty();
        assertThat(jdbc.sql("""
                        select count(*) from tasks t join applications a on t.source_ref = 'application:' || a.id || ':interview:' || a.interviewer_id
                        where a.state = 'INTERVIEW' and t.state in ('OPEN', 'IN_PROGRESS', 'WAITING')""").query(Long.class).single())
                .as("the booked interview's task is still open").isEqualTo(1);
    }

    @Test
    void budgetsWaitAtEachStageAndPastEventsHaveOutcomesAndSpendingToCompareWith() {
        assertThat(jdbc.sql("select count(*) from budget_requests where requester_id = ? and mentor_id = ? and state = 'MENTOR_REVIEW'")
                .params(cast.rep(), cast.mentor()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from budget_requests where state = 'DECISION' and route = 'COUNCIL_VOTE'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from budget_requests where state = 'WAITING_RECEIPTS' and event_ends_on <= current_date - 90")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from budget_requests where state = 'CLOSED'").query(Long.class).single()).isGreaterThanOrEqualTo(8);
        assertThat(jdbc.sql("select count(*) from events where actual_attendance is not null").query(Long.class).single()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void theMentorsWaitingRequestIsFlaggedForCateringAboveThePercentileATravelLineAndUntimedItemsAndTheCouncilSeesAVoteAndOverdueReceipts()
            throws Exception {
        long waiting = jdbc.sql("select id from budget_requests where requester_id = ? and mentor_id = ? and state = 'MENTOR_REVIEW'")
                .params(cast.rep(), cast.mentor()).query(Long.class).single();
        mvc.perform(get("/api/v1/budgets/" + waiting + "/review").header("Authorization", "Bearer demo-mentor"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.points[3].flags", org.hamcrest.Matchers.hasItem("travel-line")))
                .andExpect(jsonPath("$.points[4].flags", org.hamcrest.Matchers.hasItem("untimed-items")))
                .andExpect(jsonPath("$.points[5].flags", org.hamcrest.Matchers.hasItem("catering-above-p75")));
        assertThat(jdbc.sql("""
                        select count(*) from budget_requests
                        where state = 'DECISION' and route = 'COUNCIL_VOTE' and vote_opens_at <= now() and vote_ends_at > now()""")
                .query(Long.class).single()).as("a vote in progress").isEqualTo(1);
        mvc.perform(get("/budgets/council").header("Authorization", "Bearer demo-council"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Campus launch party")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Regional localization summit")));
    }

    @Test
    void theCouncilsCheckInQueueHoldsAHandfulOfEscalationsOnePerMentorNeverAboutTheCouncilMemberItIsAssignedTo() {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from tasks where type = 'CHECK_IN_DUE' and state = 'OPEN'").query(Long.class).single()
                .equals(jdbc.sql("select count(*) from cadence_escalations").query(Long.class).single()));
        long escalated = jdbc.sql("select count(*) from cadence_escalations").query(Long.class).single();
        assertThat(escalated).as("readable in a minute").isBetween(2L, 6L);
        assertThat(jdbc.sql("select count(*) from cadence_escalated").query(Long.class).single()).isLessThanOrEqualTo(30L);
        assertThat(jdbc.sql("select max(missed) from cadence_escalated").query(Integer.class).single())
                .as("counted since tracking began, about three months ago").isLessThanOrEqualTo(3);
        assertThat(jdbc.sql("select count(*) from tasks where type = 'CHECK_IN_DUE' and state = 'OPEN' and assignee_id = subject_person_id")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from cadence_escalated where mentor_id = ?").param(cast.mentor())
                .query(Long.class).single()).as("mentor@example.org keeps the rhythm").isZero();
    }
}
