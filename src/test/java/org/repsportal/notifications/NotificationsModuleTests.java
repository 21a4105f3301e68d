package org.repsportal.notifications;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.platform.NotFoundException;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The notifications module on its own, with only what it depends on (people and the platform): no identity,
 * no mentorship, no web security of the portal.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Import(Program.class)
class NotificationsModuleTests {

    @Autowired
    Program program;

    @Autowired
    Outbox outbox;

    @Autowired
    MailPreferences preferences;

    @Autowired
    OutboxSender sender;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void mailIsQueuedWithTheRecipientsAddressFromThePeopleModuleAndLoggedWithoutAMailServer() {
        Person rep = program.rep("Nora");

        outbox.queue(Mail.to(rep.getId(), MailCategory.MENTORSHIP, "You have a mentor", "Meet Mona."));
        sender.sendDue();

        var row = new OutboxRows(jdbc).only(rep);
        assertThat(row.status()).isEqualTo(MailStatus.LOGGED);
        assertThat(jdbc.sql("select recipient_address from mail_messages where id = ?").param(row.id())
                .query(String.class).single()).isEqualTo(rep.getEmail());
    }

    @Test
    void queuingJoinsTheCallersTransactionSoARolledBackChangeSendsNothing() {
        Person rep = program.rep("Otto");

        transactions.executeWithoutResult(tx -> {
            outbox.queue(Mail.to(rep.getId(), MailCategory.TASKS, "A task that never was", "..."));
            tx.setRollbackOnly();
        });

        assertThat(new OutboxRows(jdbc).of(rep)).isEmpty();
    }

    @Test
    void eachRecipientsChoiceIsAppliedWhenQueuingForMany() {
        Person off = program.rep("Olga");
        Person digest = program.rep("Dario");
        Person immediate = program.rep("Ines");
        preferences.choose(program.actor(off), Map.of(MailCategory.MENTEE_MESSAGES, Delivery.OFF));
        preferences.choose(program.actor(digest), Map.of(MailCategory.MENTEE_MESSAGES, Delivery.DAILY_DIGEST));

        Mail message = Mail.to(off.getId(), MailCategory.MENTEE_MESSAGES, "To all my mentees", "Hello all");
        outbox.queueAll(List.of(message, message.forRecipient(digest.getId()), message.forRecipient(immediate.getId())));

        var rows = new OutboxRows(jdbc);
        assertThat(rows.of(off)).isEmpty();
        assertThat(rows.only(digest).status()).isEqualTo(MailStatus.HELD_FOR_DIGEST);
        assertThat(rows.only(immediate).status()).isEqualTo(MailStatus.QUEUED);
    }

    @Test
    void mailToSomeoneUnknownIsRefused() {
        assertThatThrownBy(() -> outbox.queue(Mail.to(987_654_321L, MailCategory.TASKS, "Nobody", "...")))
                .isInstanceOf(NotFoundException.class);
    }

}
