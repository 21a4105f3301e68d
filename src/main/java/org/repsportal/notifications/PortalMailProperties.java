package org.repsportal.notifications;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the portal sends mail ({@code portal.mail.*}); the SMTP server itself is Spring Boot's {@code spring.mail.*},
 * the portal's address for links ({@code portal.mail.portal-url}) is read by {@code platform.PortalLinks}.
 *
 * @param from         the sender of every mail
 * @param portalName   the name in every subject prefix, {@code [Reps Portal · Tasks]}
 * @param listIdDomain the domain of the {@code List-Id} of each category, {@code tasks.<domain>}
 * @param sendInterval pause between two runs of the sender
 * @param batchSize    most mails one run of the sender handles
 * @param retry        how failed sends are tried again
 * @param digest       when the daily digest is put together
 * @param defaults     delivery of each category for people who chose nothing (otherwise at once)
 */
@ConfigurationProperties("portal.mail")
record PortalMailProperties(
        @DefaultValue("Reps Portal <noreply@reps-portal.example.org>") String from,
        @DefaultValue("Reps Portal") String portalName,
        @DefaultValue("reps-portal.example.org") String listIdDomain,
        @DefaultValue("20s") Duration sendInterval,
        @DefaultValue("100") int batchSize,
        @DefaultValue Retry retry,
        @DefaultValue Digest digest,
        Map<MailCategory, Delivery> defaults) {

    PortalMailProperties {
        defaults = defaults == null || defaults.isEmpty() ? Map.of() : new EnumMap<>(defaults);
        if (batchSize < 1) {
            throw new IllegalArgumentException("portal.mail.batch-size must be at least 1");
        }
    }

    /** The delivery of a category for someone who has not chosen, within what the category allows. */
    Delivery defaultFor(MailCategory category) {
        Delivery configured = defaults.getOrDefault(category, Delivery.IMMEDIATELY);
        return category.allows(configured) ? configured : Delivery.IMMEDIATELY;
    }

    /**
     * @param firstDelay  wait after the first failed attempt
     * @param multiplier  each further wait is this many times the one before
     * @param maxDelay    no wait is longer than this
     * @param maxAttempts after this many failed attempts the mail is marked failed
     */
    record Retry(@DefaultValue("1m") Duration firstDelay, @DefaultValue("2") double multiplier,
                 @DefaultValue("6h") Duration maxDelay, @DefaultValue("12") int maxAttempts) {
    }

    /**
     * @param at   time of day the digest is put together
     * @param zone time zone of that time
     */
    record Digest(@DefaultValue("07:00") LocalTime at, @DefaultValue("UTC") ZoneId zone) {
    }
}
