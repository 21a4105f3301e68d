package org.repsportal.identity;

import java.sql.Timestamp;

import org.repsportal.people.PersonErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a person is erased, their way in goes at once, in the erasing transaction: the account is disabled and
 * blanked, its sessions, tokens, sign-in identities and invitations are removed, and the disabling is kept in the
 * accounts' audit trail like any other.
 */
@Component
class ErasedAccounts {

    static final String REASON = "The person was erased.";

    private final JdbcClient jdbc;

    ErasedAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonErased erased) {
        long personId = erased.personId();
        String username = jdbc.sql("select username from accounts where person_id = ?").param(personId)
                .query(String.class).optional().orElse(null);
        if (username == null) {
            return;
        }
        int sessions = jdbc.sql("delete from spring_session where principal_name = ?").param(username).update();
        int tokens = jdbc.sql("delete from access_tokens where person_id = ?").param(personId).update();
        jdbc.sql("delete from sign_in_identities where person_id = ?").param(personId).update();
        jdbc.sql("delete from sign_in_identity_history where person_id = ?").param(personId).update();
        jdbc.sql("delete from account_invitations where person_id = ?").param(personId).update();
        jdbc.sql("""
                        update accounts set enabled = false, password_hash = null, username = ?, failed_attempts = 0,
                               locked_until = null, last_sign_in_at = null
                        where person_id = ?""")
                .params("erased-" + personId + "@erased.invalid", personId)
                .update();
        jdbc.sql("""
                        insert into account_disablements (person_id, disabled_by, reason, disabled_at, sessions_ended, tokens_revoked)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(personId, erased.erasedBy(), REASON, Timestamp.from(erased.erasedAt()), sessions, tokens)
                .update();
    }
}
