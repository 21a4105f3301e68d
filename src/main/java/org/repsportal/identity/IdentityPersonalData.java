package org.repsportal.identity;

import java.util.List;
import java.util.Set;

import org.repsportal.platform.PersonalData;
import org.repsportal.platform.PersonalDataPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's account, sign-in identities and access tokens in their data archive: names and dates only, never
 * a password hash or a token's secret. */
@Component
class IdentityPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    IdentityPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of("accounts", "access_tokens", "sign_in_identities", "sign_in_identity_history");
    }

    @Override
    public List<PersonalDataPart> partsOf(long personId) {
        return List.of(
                PersonalDataPart.query(jdbc, "account", """
                        select a.username, a.enabled, a.last_sign_in_at from accounts a where a.person_id = ?""", personId),
                PersonalDataPart.query(jdbc, "sign-in-identities", """
                        select i.issuer, i.subject, i.email, i.linked_at from sign_in_identities i where i.person_id = ?
                        order by i.linked_at""", personId),
                PersonalDataPart.query(jdbc, "sign-in-identity-history", """
                        select h.issuer, h.subject, h.action, h.acted_at from sign_in_identity_history h where h.person_id = ?
                        order by h.acted_at""", personId),
                PersonalDataPart.query(jdbc, "access-tokens", """
                        select t.name, t.prefix, t.created_at, t.last_used_at, t.revoked_at from access_tokens t where t.person_id = ?
                        order by t.created_at""", personId));
    }
}
