package org.repsportal.notifications;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The mail health group's own member ({@code outbox}): how the portal delivers mail, without touching the database
 * (the database has its own group) or the SMTP server (Spring Boot's {@code mail} check does, once enabled). Mail is
 * always accepted into the outbox; without SMTP it is kept for the mail log.
 */
@Component
class OutboxHealthIndicator implements HealthIndicator {

    private final ObjectProvider<JavaMailSender> smtp;

    OutboxHealthIndicator(ObjectProvider<JavaMailSender> smtp) {
        this.smtp = smtp;
    }

    @Override
    public Health health() {
        return Health.up().withDetail("delivery", smtp.getIfAvailable() == null ? "kept in the mail log (no SMTP server set)"
                : "sent through SMTP").build();
    }
}
