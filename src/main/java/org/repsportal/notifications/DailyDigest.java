package org.repsportal.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.platform.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bundles the mail held for each person's daily digest into one {@link MailCategory#DIGEST} mail, queued to
 * go out at once; the held mail is marked bundled and its attachments travel with the digest.
 */
@Component
class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

    private final OutboxMessages messages;
    private final People people;
    private final Texts texts;
    private final PortalMailProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DailyDigest(OutboxMessages messages, People people, Texts texts, PortalMailProperties properties,
                PlatformTransactionManager transactionManager, Clock clock) {
        this.messages = messages;
        this.people = people;
        this.texts = texts;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Puts together the digest of everyone with held mail; returns how many digests were queued. */
    int bundleDue() {
        Instant now = clock.instant();
        int digests = 0;
        for (long recipientId : messages.recipientsWithHeldMail(now)) {
            if (Boolean.TRUE.equals(transactions.execute(tx -> bundleFor(recipientId, now)))) {
                digests++;
            }
        }
        if (digests > 0) {
            log.info("Daily digest: {} digests queued", digests);
        }
        return digests;
    }

    private boolean bundleFor(long recipientId, Instant now) {
        List<HeldMail> held = messages.lockHeld(recipientId, now);
        if (held.isEmpty()) {
            return false;
        }
        Person recipient = people.get(recipientId);
        Texts texts = recipient.getPortalLanguage() == null ? this.texts
                : this.texts.in(java.util.Locale.forLanguageTag(recipient.getPortalLanguage()));
        var digest = new NewMessage(MailCategory.DIGEST, recipient.getId(), recipient.getEmail(),
                recipient.getDisplayName(), null, null, null,
                texts.get("notifications.digest.subject", held.size()), body(held, texts), MailStatus.QUEUED, now, List.of());
        long digestId = messages.insert(digest);
        messages.bundle(OutboxMessages.ids(held), digestId, now);
        return true;
    }

    private String body(List<HeldMail> held, Texts texts) {
        var body = new StringBuilder(texts.get("notifications.digest.intro", held.size())).append("\n");
        int number = 1;
        for (HeldMail mail : held) {
            body.append("\n").append(number++).append(". ")
                    .append(mail.category().subjectPrefix(properties.portalName())).append(" ").append(mail.subject())
                    .append("\n");
            if (mail.replyToAddress() != null) {
                body.append(texts.get("notifications.digest.replyTo", mail.replyToName(), mail.replyToAddress()))
                        .append("\n");
            }
            body.append("\n").append(mail.body().strip()).append("\n");
        }
        return body.toString();
    }
}
