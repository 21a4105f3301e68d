package org.repsportal.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.repsportal.notifications.Mail;
import org.repsportal.notifications.MailCategory;
import org.repsportal.notifications.Outbox;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.platform.NotFoundException;
import org.repsportal.platform.PortalLinks;
import org.repsportal.platform.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to open an account: a mailed link, valid for a while, to set a password. Only a hash of the link's
 * token is kept; an expired link offers a new one, mailed to the same person.
 */
@Service
@Transactional
public class AccountInvitations {

    /** What a link leads to: a password to set, a link that has expired, or one already used. */
    enum Standing { VALID, EXPIRED, USED }

    record Invitation(long id, long personId, Instant expiresAt, Instant usedAt) {
    }

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final People people;
    private final Outbox outbox;
    private final Texts texts;
    private final InvitationProperties properties;
    private final PortalLinks links;
    private final Clock clock;
    private final IdentityProperties identity;

    AccountInvitations(JdbcClient jdbc, Accounts accounts, People people, Outbox outbox, Texts texts,
                       InvitationProperties properties, PortalLinks links, Clock clock,
                       IdentityProperties identity) {
        this.identity = identity;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.people = people;
        this.outbox = outbox;
        this.texts = texts;
        this.properties = properties;
        this.links = links;
        this.clock = clock;
    }

    /** Mails the person a link to set their password; earlier links of theirs stop working. */
    public void invite(long personId) {
        Person person = people.get(personId);
        Instant now = clock.instant();
        jdbc.sql("update account_invitations set used_at = :now where person_id = :p and used_at is null")
                .param("now", Timestamp.from(now)).param("p", personId).update();
        String token = TokenHashing.newToken();
        Instant expires = now.plus(properties.valid());
        jdbc.sql("insert into account_invitations (person_id, token_hash, created_at, expires_at) values (?, ?, ?, ?)")
                .params(personId, TokenHashing.hash(token), Timestamp.from(now), Timestamp.from(expires)).update();
        Texts texts = this.texts.forPerson(personId);
        outbox.queue(Mail.to(personId, MailCategory.ACCOUNT, texts.get("invitation.mail.subject"),
                texts.get("invitation.mail.body", person.getDisplayName(), links.to("/invitation/" + token),
                        properties.valid().toDays())));
    }

    @Transactional(readOnly = true)
    Standing standing(String token) {
        Invitation invitation = find(token).orElseThrow(() -> new NotFoundException("Invitation", "link"));
        if (invitation.usedAt() != null) {
            return Standing.USED;
        }
        return invitation.expiresAt().isAfter(clock.instant()) ? Standing.VALID : Standing.EXPIRED;
    }

    /** Sets the password of a valid invitation: the account opens and the link is used up. */
    long accept(String token, String rawPassword) {
        if (!identity.passwordSignIn()) {
            throw new org.repsportal.platform.ForbiddenException("login.password.off");
        }
        Invitation invitation = find(token).orElseThrow(() -> new NotFoundException("Invitation", "link"));
        if (invitation.usedAt() != null || !invitation.expiresAt().isAfter(clock.instant())) {
            throw new org.repsportal.platform.RuleViolationException("invitation.expired.title");
        }
        Person person = people.get(invitation.personId());
        if (accounts.exists(person.getId())) {
            accounts.changePassword(person.getId(), rawPassword);
        } else {
            accounts.open(person.getId(), person.getEmail(), rawPassword);
        }
        jdbc.sql("update account_invitations set used_at = ? where id = ?").params(Timestamp.from(clock.instant()), invitation.id()).update();
        return person.getId();
    }

    /**
     * Completes a valid invitation through an OpenID Connect provider instead of a password: the account opens without
     * one (an existing account keeps its own) and the link is used up. Empty when the link is not valid (any more).
     */
    Optional<Long> acceptWithProvider(String token) {
        Optional<Invitation> found = find(token);
        if (found.isEmpty() || found.get().usedAt() != null || !found.get().expiresAt().isAfter(clock.instant())) {
            return Optional.empty();
        }
        Invitation invitation = found.get();
        Person person = people.get(invitation.personId());
        if (!accounts.exists(person.getId())) {
            accounts.openWithoutPassword(person.getId(), person.getEmail());
        }
        jdbc.sql("update account_invitations set used_at = ? where id = ?").params(Timestamp.from(clock.instant()), invitation.id()).update();
        return Optional.of(person.getId());
    }

    /** An expired link asks for a new one: mailed to the person it was for, never shown on the page. */
    void renew(String token) {
        Invitation invitation = find(token).orElseThrow(() -> new NotFoundException("Invitation", "link"));
        if (invitation.usedAt() == null && !invitation.expiresAt().isAfter(clock.instant())) {
            invite(invitation.personId());
        }
    }

    private Optional<Invitation> find(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select id, person_id, expires_at, used_at from account_invitations where token_hash = ?")
                .param(TokenHashing.hash(token))
                .query((rs, n) -> new Invitation(rs.getLong("id"), rs.getLong("person_id"),
                        rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("used_at") == null ? null : rs.getTimestamp("used_at").toInstant()))
                .optional();
    }
}
