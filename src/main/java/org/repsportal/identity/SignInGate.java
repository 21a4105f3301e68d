package org.repsportal.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.repsportal.platform.Decision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides, before any password is checked, whether a sign-in attempt may be evaluated at all, and counts it as a
 * failure at once (atomically, in the database every instance shares) so that parallel attempts cannot slip past
 * the limit; a success takes the count back. The rules are those of {@link SignInThrottle}.
 */
@Component
class SignInGate {

    static final Decision LOCKED_HERE = Decision.refuse("login.refused.locked");
    static final Decision BUSY_ADDRESS = Decision.refuse("login.refused.address");
    static final Decision CEILING = Decision.refuse("login.refused.ceiling");

    private final JdbcClient jdbc;
    private final SignInThrottle throttle;
    private final Clock clock;

    SignInGate(JdbcClient jdbc, SignInThrottle throttle, Clock clock) {
        this.jdbc = jdbc;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** Counts the attempt of {@code username} from {@code address} and says whether its password may be checked. */
    @Transactional
    public Decision admit(String username, String address) {
        Instant now = clock.instant();
        if (!admitForAccount(accountKey(username, address), now)) {
            return LOCKED_HERE;
        }
        int fromAddress = countInWindow(addressKey(address), now);
        if (fromAddress > throttle.perAddress()) {
            return BUSY_ADDRESS;
        }
        int everywhere = countInWindow("all", now);
        if (everywhere > throttle.ceiling() && fromAddress > 1) {
            return CEILING;
        }
        return Decision.allow();
    }

    /** The attempt was right: the account's failures from this address are forgotten, the others take it back. */
    @Transactional
    public void succeeded(String username, String address) {
        jdbc.sql("delete from sign_in_throttle where key = ?").param(accountKey(username, address)).update();
        jdbc.sql("update sign_in_throttle set failures = greatest(failures - 1, 0) where key = any(?)")
                .param(new String[] {addressKey(address), "all"})
                .update();
    }

    /** Old counts are of no use once their window and lock have passed. */
    @Transactional
    public int forgetExpired() {
        return jdbc.sql("delete from sign_in_throttle where window_ends <= :now and (locked_until is null or locked_until <= :now)")
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    private boolean admitForAccount(String key, Instant now) {
        jdbc.sql("insert into sign_in_throttle (key, failures, window_ends) values (?, 0, ?) on conflict (key) do nothing")
                .params(key, Timestamp.from(now.plus(throttle.maxLockout())))
                .update();
        record Row(int failures, Timestamp lockedUntil) {
        }
        Row row = jdbc.sql("select failures, locked_until from sign_in_throttle where key = ? for update")
                .param(key)
                .query(Row.class)
                .single();
        if (row.lockedUntil() != null && row.lockedUntil().toInstant().isAfter(now)) {
            return false;
        }
        int failures = row.failures() + 1;
        Optional<Instant> lockedUntil = throttle.lockedUntil(failures, now);
        Instant keptUntil = lockedUntil.orElse(now).plus(throttle.maxLockout());
        jdbc.sql("update sign_in_throttle set failures = ?, locked_until = ?, window_ends = ? where key = ?")
                .params(failures, lockedUntil.map(Timestamp::from).orElse(null), Timestamp.from(keptUntil), key)
                .update();
        return true;
    }

    private int countInWindow(String key, Instant now) {
        return jdbc.sql("""
                        insert into sign_in_throttle (key, failures, window_ends) values (:key, 1, :ends)
                        on conflict (key) do update set
                            failures = case when sign_in_throttle.window_ends <= :now then 1
                                            else sign_in_throttle.failures + 1 end,
                            window_ends = case when sign_in_throttle.window_ends <= :now then :ends
                                               else sign_in_throttle.window_ends end
                        returning failures""")
                .param("key", key)
                .param("now", Timestamp.from(now))
                .param("ends", Timestamp.from(now.plus(throttle.window())))
                .query(Integer.class)
                .single();
    }

    private static String accountKey(String username, String address) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return "account:" + (name.length() > 254 ? name.substring(0, 254) : name) + "@" + address;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
