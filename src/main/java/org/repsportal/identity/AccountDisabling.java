package org.repsportal.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.people.Role;
import org.repsportal.platform.Decision;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An Admin disables an account, giving a reason: from that moment its sessions and tokens no longer work and it
 * cannot sign in; who did it, when and why is kept.
 */
@Service
@Transactional
class AccountDisabling {

    static final int REASON_MAX = 500;

    private final AccountRepository accounts;
    private final People people;
    private final JdbcClient jdbc;
    private final Clock clock;

    AccountDisabling(AccountRepository accounts, People people, JdbcClient jdbc, Clock clock) {
        this.accounts = accounts;
        this.people = people;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Only an Admin disables accounts, and never their own (someone must be left to undo mistakes). */
    static Decision mayDisable(Actor actor, long personId) {
        if (!actor.has(Role.ADMIN)) {
            return Decision.refuse("identity.disable.refused.admin");
        }
        if (actor.is(personId)) {
            return Decision.refuse("identity.disable.refused.self");
        }
        return Decision.allow();
    }

    @Transactional(readOnly = true)
    AccountStatus status(Actor actor, long personId) {
        mayDisable(actor, personId).orForbid();
        Account account = accounts.findById(personId).orElseThrow(() -> new NotFoundException("Account", personId));
        List<Disablement> history = jdbc.sql("""
                        select d.reason, d.disabled_at, p.display_name as disabled_by, d.sessions_ended, d.tokens_revoked
                        from account_disablements d join people p on p.id = d.disabled_by
                        where d.person_id = ? order by d.disabled_at desc limit 20""")
                .param(personId)
                .query((rs, n) -> new Disablement(rs.getString("reason"), rs.getTimestamp("disabled_at").toInstant(),
                        rs.getString("disabled_by"), rs.getInt("sessions_ended"), rs.getInt("tokens_revoked")))
                .list();
        return new AccountStatus(personId, people.get(personId).getDisplayName(), account.getUsername(),
                account.isEnabled(), history);
    }

    Disabled disable(Actor actor, long personId, String reason) {
        mayDisable(actor, personId).orForbid();
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > REASON_MAX) {
            throw new InvalidInputException(List.of(new FieldProblem("reason",
                    text.isEmpty() ? "identity.disable.reason.required" : "identity.disable.reason.long")));
        }
        Account account = accounts.findById(personId).orElseThrow(() -> new NotFoundException("Account", personId));
        account.disable();
        accounts.save(account);
        Instant now = clock.instant();
        int tokens = jdbc.sql("update access_tokens set revoked_at = ? where person_id = ? and revoked_at is null")
                .params(Timestamp.from(now), personId)
                .update();
        int sessions = jdbc.sql("delete from spring_session where principal_name = ?")
                .param(account.getUsername())
                .update();
        jdbc.sql("""
                        insert into account_disablements (person_id, disabled_by, reason, disabled_at, sessions_ended, tokens_revoked)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(personId, actor.personId(), text, Timestamp.from(now), sessions, tokens)
                .update();
        return new Disabled(personId, sessions, tokens);
    }

    record Disablement(String reason, Instant disabledAt, String disabledBy, int sessionsEnded, int tokensRevoked) {
    }

    record AccountStatus(long personId, String displayName, String username, boolean enabled, List<Disablement> history) {
    }

    record Disabled(long personId, int sessionsEnded, int tokensRevoked) {
    }
}
