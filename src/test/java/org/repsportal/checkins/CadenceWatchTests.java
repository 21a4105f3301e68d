package org.repsportal.checkins;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.repsportal.availability.Absences;
import org.repsportal.availability.NewAbsence;
import org.repsportal.people.Person;
import org.repsportal.support.Mailbox;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The daily watch, run for chosen days: nothing waits. */
@PortalTest
@EnableScenarios
class CadenceWatchTests {

    @Autowired
    Program program;

    @Autowired
    Mailbox mailbox;

    @Autowired
    CadenceWatch watch;

    @Autowired
    CheckInsImport imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    CheckInQueries queries;

    @Autowired
    CheckIns checkIns;

    @Autowired
    Absences absences;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    void aMissedFirstCheckInTellsTheMentorOnceAndTwoMissedCadencesEscalateTheMentorToTheCouncil(Scenario scenario) {
        program.council("Duty Council");
        Person mentor = program.mentor("Walter");
        Person mentee = program.menteeOf(mentor, "Wilma");
        LocalDate assigned = LocalDate.now(clock);

        watch.watch(assigned.plusDays(14));
        assertThat(mailsTo(mentor)).isZero();

        watch.watch(assigned.plusDays(15));
        watch.watch(assigned.plusDays(16));
        assertThat(mailsTo(mentor)).isOne();
        assertThat(councilTasksAbout(mentor)).isZero();

        scenario.stimulate(() -> watch.watch(assigned.plusDays(14 + 31)))
                .andWaitForStateChange(() -> councilTasksAbout(mentor), n -> n == 1)
                .andVerify(n -> assertThat(n).isOne());
        watch.watch(assigned.plusDays(14 + 32));
        assertThat(councilTasksAbout(mentor)).isOne();
    }

    @Test
    void theWatchPausesWhileTheMenteeIsAwayAndACadenceWithAnAbsenceInItIsNotMissed() {
        program.council("Duty Council");
        Person mentor = program.mentor("Yusuf");
        Person mentee = program.menteeOf(mentor, "Yara");
        LocalDate assigned = LocalDate.now(clock);
        absences.declare(program.actor(mentee), new NewAbsence(assigned.plusDays(10), assigned.plusDays(40), null, null,
                "Travelling", false, null));

        watch.watch(assigned.plusDays(16));
        watch.watch(assigned.plusDays(40));
        assertThat(mailsTo(mentor)).as("paused while away").isZero();

        watch.watch(assigned.plusDays(14 + 31));
        assertThat(mailsTo(mentor)).as("told once back").isOne();
        assertThat(jdbc.sql("select count(*) from cadence_escalated where mentee_id = ?")
                .param(mentee.getId()).query(Long.class).single()).as("two cadences late, but one held an absence").isZero();
    }

    @Test
    void aMentorshipWithARecentCheckInIsNotOverdue() {
        Person mentor = program.mentor("Xaver");
        Person mentee = program.menteeOf(mentor, "Xenia");
        LocalDate today = LocalDate.now(clock);
        imports.importAll(List.of(new CheckInsImport.PastCheckIn(mentor.getId(), mentee.getId(),
                today.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), java.time.ZoneOffset.UTC, List.of("Catch up"), "Done", null)));

        watch.watch(today.plusDays(20));
        assertThat(mailsTo(mentor)).isZero();
        watch.watch(today.plusDays(31));
        assertThat(mailsTo(mentor)).isOne();
    }

    @Test
    void theCouncilSeesOverdueMentorshipsWithDatesOnlyAndARepCannot() throws Exception {
        Person council = program.council("Cecil");
        Person mentor = program.mentor("Yusuf");
        Person mentee = program.menteeOf(mentor, "Yara");
        LocalDate assigned = LocalDate.now(clock);

        var overdue = queries.overdue(program.actor(council), assigned.plusDays(20), 0, 1000);
        assertThat(overdue.items()).anySatisfy(o -> {
            assertThat(o.rhythm().menteeId()).isEqualTo(mentee.getId());
            assertThat(o.rhythm().dueOn()).isEqualTo(assigned.plusDays(14));
            assertThat(o.mentorName()).isEqualTo("Yusuf");
        });
        assertThat(queries.overdue(program.actor(council), assigned.plusDays(10), 0, 1000).items())
                .noneMatch(o -> o.rhythm().menteeId() == mentee.getId());

        // a mentorship whose last check-in had goals and notes: the Council sees when it was held, not what was said
        Person talkative = program.menteeOf(mentor, "Yorick");
        checkIns.logHeld(program.actor(mentor), new HeldCheckIn(talkative.getId(), assigned, LocalTime.NOON, "UTC",
                List.of("Plan the Kenya launch party"), "Yorick is worried about his exams.", List.of()));
        assertThat(queries.overdue(program.actor(council), assigned.plusDays(40), 0, 1000).items())
                .filteredOn(o -> o.rhythm().menteeId() == talkative.getId()).singleElement()
                .satisfies(o -> assertThat(o.rhythm().lastHeldOn()).isEqualTo(assigned))
                .asString().doesNotContain("Kenya launch party").doesNotContain("worried about his exams");

        mvc.perform(get("/council/checkins").header("Authorization", Program.bearer(council))).andExpect(status().isOk());
        mvc.perform(get("/council/checkins").header("Authorization", Program.bearer(mentee))).andExpect(status().isForbidden());
    }

    private long mailsTo(Person person) {
        return mailbox.to(person).in("MENTORSHIP").count();
    }

    private long councilTasksAbout(Person mentor) {
        return jdbc.sql("select count(*) from tasks where type = 'CHECK_IN_DUE' and subject_person_id = ?")
                .param(mentor.getId()).query(Long.class).single();
    }
}
