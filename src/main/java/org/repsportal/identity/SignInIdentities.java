package org.repsportal.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.repsportal.people.Actor;
import org.repsportal.platform.Decision;
import org.repsportal.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's identities at OpenID Connect providers, each keyed on the provider's issuer and subject, never on the
 * email. A first sign-in links an identity to an account only when the provider says the email is verified and
 * exactly one account has that email; an invitation or a signed-in person binds one too. Every link and unlink is
 * kept in the identity's history.
 */
@Service
@Transactional
class SignInIdentities {

    /** What the provider says about the person signing in. */
    record Claimed(String issuer, String subject, String email, boolean emailVerified) {
    }

    /** An identity linked to a person, with the email the provider gave when it was linked. */
    record Linked(long id, String issuer, String subject, String email, Instant linkedAt) {
    }

    private final JdbcClient jdbc;
    private final AccountInvitations invitations;
    private final IdentityProperties properties;
    private final Clock clock;

    SignInIdentities(JdbcClient jdbc, AccountInvitations invitations, IdentityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.invitations = invitations;
        this.properties = properties;
        this.clock = clock;
    }

    /** The person a sign-in through a provider is for: found by issuer and subject, or linked now by a verified email. */
    long signIn(Claimed claimed) {
        Optional<Long> known = personOf(claimed);
        if (known.isPresent()) {
            return known.get();
        }
        if (!claimed.emailVerified() || claimed.email() == null || claimed.email().isBlank()) {
            throw new ProviderSignInRefused(ProviderSignInRefused.UNVERIFIED);
        }
        record Candidate(long personId, boolean enabled) {
        }
        List<Candidate> candidates = jdbc.sql("""
                        select a.person_id, a.enabled from accounts a where lower(a.username) = lower(:email)
                        union
                        select a.person_id, a.enabled from people p join accounts a on a.person_id = p.id
                        where lower(p.email) = lower(:email)""")
                .param("email", claimed.email().strip())
                .query(Candidate.class)
                .list();
        List<Candidate> active = candidates.stream().filter(Candidate::enabled).toList();
        if (active.size() > 1) {
            throw new ProviderSignInRefused(ProviderSignInRefused.AMBIGUOUS);
        }
        if (active.isEmpty()) {
            throw new ProviderSignInRefused(candidates.isEmpty() ? ProviderSignInRefused.UNKNOWN : ProviderSignInRefused.DISABLED);
        }
        long personId = active.get(0).personId();
        insert(personId, claimed);
        return personId;
    }

    /** Links the identity to a person who is signed in already; it may not be another person's. */
    void link(long personId, Claimed claimed) {
        Optional<Long> known = personOf(claimed);
        if (known.isPresent()) {
            if (known.get() != personId) {
                throw new ProviderSignInRefused(ProviderSignInRefused.TAKEN);
            }
            return;
        }
        insert(personId, claimed);
    }

    /** Completes an account invitation with the provider: the account opens (without a password) bound to the identity. */
    long bindInvitation(String token, Claimed claimed) {
        Optional<Long> known = personOf(claimed);
        long personId = invitations.acceptWithProvider(token)
                .orElseThrow(() -> new ProviderSignInRefused(ProviderSignInRefused.INVITATION));
        if (known.isPresent() && known.get() != personId) {
            throw new ProviderSignInRefused(ProviderSignInRefused.TAKEN);
        }
        if (known.isEmpty()) {
            insert(personId, claimed);
        }
        return personId;
    }

    @Transactional(readOnly = true)
    List<Linked> of(Actor actor) {
        return jdbc.sql("""
                        select id, issuer, subject, email, linked_at from sign_in_identities
                        where person_id = ? order by linked_at, id""")
                .param(actor.personId())
                .query((rs, n) -> new Linked(rs.getLong("id"), rs.getString("issuer"), rs.getString("subject"),
                        rs.getString("email"), rs.getTimestamp("linked_at").toInstant()))
                .list();
    }

    /** Whether the person could still sign in after one of their identities goes: with a password or another identity. */
    Decision mayUnlink(Actor actor) {
        int identities = jdbc.sql("select count(*) from sign_in_identities where person_id = ?")
                .param(actor.personId()).query(Integer.class).single();
        boolean password = properties.passwordSignIn() && jdbc.sql(
                        "select count(*) from accounts where person_id = ? and password_hash is not null")
                .param(actor.personId()).query(Integer.class).single() > 0;
        return identities > 1 || password ? Decision.allow() : Decision.refuse("settings.identities.refused.last");
    }

    /** Unlinks one of the person's own identities, unless it is their last way in. */
    Decision unlink(Actor actor, long id) {
        record Row(String issuer, String subject) {
        }
        Row row = jdbc.sql("select issuer, subject from sign_in_identities where id = ? and person_id = ? for update")
                .params(id, actor.personId())
                .query(Row.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Identity", id));
        Decision decision = mayUnlink(actor);
        if (decision.allowed()) {
            jdbc.sql("delete from sign_in_identities where id = ?").param(id).update();
            history(actor.personId(), row.issuer(), row.subject(), "UNLINKED");
        }
        return decision;
    }

    private Optional<Long> personOf(Claimed claimed) {
        if (claimed.issuer() == null || claimed.subject() == null
                || claimed.issuer().length() > 500 || claimed.subject().length() > 255) {
            throw new ProviderSignInRefused(ProviderSignInRefused.FAILED);
        }
        return jdbc.sql("select person_id from sign_in_identities where issuer = ? and subject = ?")
                .params(claimed.issuer(), claimed.subject())
                .query(Long.class)
                .optional();
    }

    private void insert(long personId, Claimed claimed) {
        String email = claimed.email() == null ? null : claimed.email().strip();
        jdbc.sql("""
                        insert into sign_in_identities (id, person_id, issuer, subject, email, linked_at)
                        values (nextval('sign_in_identities_seq'), ?, ?, ?, ?, ?)""")
                .params(personId, claimed.issuer(), claimed.subject(),
                        email != null && email.length() > 254 ? null : email, Timestamp.from(clock.instant()))
                .update();
        history(personId, claimed.issuer(), claimed.subject(), "LINKED");
    }

    private void history(long personId, String issuer, String subject, String action) {
        jdbc.sql("""
                        insert into sign_in_identity_history (person_id, issuer, subject, action, acted_at)
                        values (?, ?, ?, ?, ?)""")
                .params(personId, issuer, subject, action, Timestamp.from(clock.instant()))
                .update();
    }
}
