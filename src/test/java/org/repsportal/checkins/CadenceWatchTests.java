package org.repsportal.checkins;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/** The daily watch, run for chosen days: nothing waits. */
@PortalTest
@EnableScenarios
class CadenceWatchTests {

    @Autowired
    Program program;

    @Autowired
    CadenceWatch watch;

    @Autowired
    CheckInsImport imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aMissedFirstCheckInTellsTheMentorOnceAndTwoMissedCadencesRaiseACouncilTask(Scenario scenario) {
        program.council("Duty Council");
        Person mentor = program.mentor("Walter");
        Person mentee = program.rep("Wilma");
        program.assign(mentee, mentor);
        LocalDate assigned = LocalDate.now(clock);

        watch.watch(assigned.plusDays(14));
        assertThat(mailsTo(mentor)).isZero();

        watch.watch(assigned.plusDays(15));
        watch.watch(assigned.plusDays(16));
        assertThat(mailsTo(mentor)).isOne();
        assertThat(councilTasksAbout(mentee)).isZero();

        scenario.stimulate(() -> watch.watch(assigned.plusDays(14 + 31)))
                .andWaitForStateChange(() -> councilTasksAbout(mentee), n -> n == 1)
                .andVerify(n -> assertThat(n).isOne());
        watch.watch(assigned.plusDays(14 + 32));
        assertThat(councilTasksAbout(mentee)).isOne();
    }

    @Test
    void aMentorshipWithARecentCheckInIsNotOverdue() {
        Person mentor = program.mentor("Xaver");
        Person mentee = program.rep("Xenia");
        program.assign(mentee, mentor);
        LocalDate today = LocalDate.now(clock);
        imports.importAll(List.of(new CheckInsImport.PastCheckIn(mentor.getId(), mentee.getId(),
                today.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), java.time.ZoneOffset.UTC, List.of("Catch up"), "Done", null)));

        watch.watch(today.plusDays(20));
        assertThat(mailsTo(mentor)).isZero();
        watch.watch(today.plusDays(31));
        assertThat(mailsTo(mentor)).isOne();
    }

    private long mailsTo(Person person) {
        return jdbc.sql("select count(*) from mail_messages where recipient_id = ? and category = 'MENTORSHIP'")
                .param(person.getId()).query(Long.class).single();
    }

    private long councilTasksAbout(Person mentee) {
        return jdbc.sql("select count(*) from tasks where type = 'CHECK_IN_DUE' and subject_person_id = ?")
                .param(mentee.getId()).query(Long.class).single();
    }
}
