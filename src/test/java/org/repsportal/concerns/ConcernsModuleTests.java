package org.repsportal.concerns;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.repsportal.concerns.ConcernImport.ImportedConcern;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.people.Role;
import org.repsportal.support.Mailbox;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The council module with only what it depends on: people, mentorship, notifications and the platform (no
 * identity, tasks, reports or dashboard).
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Import({Mailbox.class, Program.class})
class ConcernsModuleTests {

    @Autowired
    Program program;

    @Autowired
    Concerns concerns;

    @Autowired
    ConcernImport imports;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Mailbox mailbox;

    @Test
    void raisingAConcernPublishesAnEventWithoutItsContentAndMailsTheCouncilALink(Scenario scenario) {
        Person rep = program.person("Raising Rae", Role.REP);
        Person council = program.person("Mailed Mo", Role.REP, Role.COUNCIL);

        scenario.stimulate(() -> concerns.raise(program.actor(rep), new NewConcern("FUNDS_OR_SWAG", null, "Swag for sale",
                        "T-shirts offered online", false, false)))
                .andWaitForEventOfType(ConcernRaised.class)
                .toArriveAndVerify(event -> {
                    assertThat(event.category()).isEqualTo(ConcernCategory.FUNDS_OR_SWAG);
                    assertThat(mailbox.to(council).in("COUNCIL").only().body())
                            .contains("/concerns/" + event.concernId()).doesNotContain("Swag").doesNotContain("T-shirts");
                });
    }

    @Test
    void theAuditTrailCannotBeChangedOrEmptiedEvenBySql() {
        Person rep = program.person("Auditing Abe", Role.REP);
        long id = concerns.raise(program.actor(rep), new NewConcern("SUCCESS_OR_IDEA", null, "Buddy system", "It worked", false, false)).getId();

        assertThatThrownBy(() -> jdbc.sql("update concern_audit set action = 'VIEWED' where concern_id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from concern_audit where concern_id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate concern_audit cascade").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.sql("select action from concern_audit where concern_id = ?").param(id).query(String.class).list())
                .containsExactly("RAISED");
    }

    @Test
    void theTimeToAcknowledgeIsAveragedAndItsMedianTakenOverThePeriodLeavingOutRecusals() {
        Person reporter = program.person("Counting Cat", Role.REP);
        Person council = program.person("Timing Tia", Role.REP, Role.COUNCIL);
        Person otherCouncil = program.person("Other Olaf", Role.REP, Role.COUNCIL);
        Instant start = Instant.parse("2001-03-01T00:00:00Z");
        acknowledged(reporter, null, council, start, Duration.ofHours(1));
        acknowledged(reporter, null, council, start.plus(Duration.ofDays(1)), Duration.ofHours(2));
        acknowledged(reporter, null, council, start.plus(Duration.ofDays(2)), Duration.ofHours(9));
        acknowledged(reporter, otherCouncil.getId(), council, start.plus(Duration.ofDays(3)), Duration.ofHours(100));
        imports.importConcern(new ImportedConcern(ConcernCategory.CONFLICT, reporter.getId(), null, null, "Waiting", "d",
                start.plus(Duration.ofDays(4)), null, null, null, null, null));

        AcknowledgementTimes times = concerns.acknowledgementTimes(program.actor(council), null, start, start.plus(Duration.ofDays(30)));
        assertThat(times.acknowledged()).isEqualTo(4);
        assertThat(times.average()).isEqualTo(Duration.ofMinutes(28 * 60));
        assertThat(times.median()).isEqualTo(Duration.ofMinutes(330));
        assertThat(times.waiting()).isOne();

        AcknowledgementTimes recused = concerns.acknowledgementTimes(program.actor(otherCouncil), null, start, start.plus(Duration.ofDays(30)));
        assertThat(recused.acknowledged()).isEqualTo(3);
        assertThat(recused.average()).isEqualTo(Duration.ofHours(4));
        assertThat(recused.median()).isEqualTo(Duration.ofHours(2));

        AcknowledgementTimes conflicts = concerns.acknowledgementTimes(program.actor(council), ConcernCategory.CONFLICT, start,
                start.plus(Duration.ofDays(30)));
        assertThat(conflicts.acknowledged()).isZero();
        assertThat(conflicts.average()).isNull();
        assertThat(conflicts.median()).isNull();
    }

    @Test
    void theCouncilsQueueLeavesOutWhatAMemberIsRecusedFrom() {
        Person reporter = program.person("Queue Quinn", Role.REP);
        Person council = program.person("Queue Councillor", Role.REP, Role.COUNCIL);
        Person recused = program.person("Queue Recused", Role.REP, Role.COUNCIL);
        long about = concerns.raise(program.actor(reporter), new NewConcern("CONFLICT", recused.getId(), "About a councillor", "d", false, false)).getId();

        assertThat(concerns.queue(program.actor(council), new ConcernQueueFilter(ConcernState.NEW, false, ConcernCategory.CONFLICT), 0, 100)
                .items()).extracting(ConcernSummary::id).contains(about);
        assertThat(concerns.queue(program.actor(recused), new ConcernQueueFilter(null, false, null), 0, 100)
                .items()).extracting(ConcernSummary::id).doesNotContain(about);
        assertThat(concerns.queue(program.actor(council), new ConcernQueueFilter(ConcernState.RESOLVED, false, null), 0, 100)
                .items()).extracting(ConcernSummary::id).doesNotContain(about);
    }

    private void acknowledged(Person reporter, Long about, Person council, Instant raised, Duration after) {
        imports.importConcern(new ImportedConcern(ConcernCategory.PERSONAL, reporter.getId(), about, null, "Imported", "d",
                raised, council.getId(), raised.plus(after), null, null, null));
    }

}
