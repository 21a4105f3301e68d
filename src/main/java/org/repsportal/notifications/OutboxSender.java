package org.repsportal.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's due mail over SMTP, each mail in its own short transaction that locks it (so no other
 * instance sends it at the same moment) and records the outcome, so one failure touches no other. A failed send is tried again as the {@link RetryPolicy} says;
 * a mail that cannot even be composed (an address that does not parse) fails at once. Without an SMTP server
 * ({@code spring.mail.host} unset) the mail is marked logged: it stays for Admins to read in the mail log.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxMessages messages;
    private final MailComposer composer;
    private final ObjectProvider<JavaMailSender> smtp;
    private final RetryPolicy retryPolicy;
    private final PortalMailProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OutboxSender(OutboxMessages messages, MailComposer composer, ObjectProvider<JavaMailSender> smtp,
                 RetryPolicy retryPolicy, PortalMailProperties properties, PlatformTransactionManager transactionManager,
                 Clock clock) {
        this.messages = messages;
        this.composer = composer;
        this.smtp = smtp;
        this.retryPolicy = retryPolicy;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Sends (or logs) the mail that is due now, at most one batch. */
    SendRun sendDue() {
        Optional<JavaMailSender> sender = Optional.ofNullable(smtp.getIfAvailable());
        SendRun run = SendRun.NOTHING;
        for (long id : messages.dueIds(clock.instant(), properties.batchSize())) {
            SendRun one = transactions.execute(tx -> deliver(id, sender));
            run = run.plus(one == null ? SendRun.NOTHING : one);
        }
        if (run.handled() > 0) {
            log.info("Outbox: {} sent, {} logged (no SMTP server), {} to retry, {} failed",
                    run.sent(), run.logged(), run.retrying(), run.failed());
        }
        return run;
    }

    private SendRun deliver(long id, Optional<JavaMailSender> sender) {
        Optional<OutgoingMail> due = messages.lockIfDue(id, clock.instant());
        if (due.isEmpty()) {
            return SendRun.NOTHING;
        }
        OutgoingMail mail = due.get();
        if (sender.isEmpty()) {
            messages.markLogged(id, clock.instant());
            return new SendRun(0, 1, 0, 0);
        }
        int attempts = mail.attempts() + 1;
        try {
            sender.get().send(composer.compose(mail));
            messages.markSent(id, attempts, clock.instant());
            return new SendRun(1, 0, 0, 0);
        } catch (MailPreparationException | MailParseException e) {
            log.warn("Mail {} cannot be composed and is given up: {}", id, e.getMessage());
            messages.markFailed(id, attempts, describe(e), clock.instant());
            return new SendRun(0, 0, 0, 1);
        } catch (MailException e) {
            return failed(mail, attempts, e);
        }
    }

    private SendRun failed(OutgoingMail mail, int attempts, MailException e) {
        Instant now = clock.instant();
        Optional<Instant> next = retryPolicy.nextAttempt(attempts, now);
        if (next.isPresent()) {
            log.warn("Mail {} not sent (attempt {}), next attempt at {}: {}", mail.id(), attempts, next.get(), e.getMessage());
            messages.markForRetry(mail.id(), attempts, next.get(), describe(e), now);
            return new SendRun(0, 0, 1, 0);
        }
        log.error("Mail {} not sent after {} attempts, given up: {}", mail.id(), attempts, e.getMessage());
        messages.markFailed(mail.id(), attempts, describe(e), now);
        return new SendRun(0, 0, 0, 1);
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return root == e ? message : message + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
}
