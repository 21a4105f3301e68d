package org.repsportal.applications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.repsportal.platform.Decision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts applications per email address and per client address in a window, in the database every instance
 * shares (one atomic upsert per key), and refuses past the configured limits.
 */
@Component
class SubmissionRate {

    private final JdbcClient jdbc;
    private final ApplicationsProperties properties;
    private final Clock clock;

    SubmissionRate(JdbcClient jdbc, ApplicationsProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Counts this attempt and says whether it stays within both limits. */
    @Transactional
    Decision admit(String email, String clientAddress) {
        Instant now = clock.instant();
        int byEmail = count("email:" + email.toLowerCase(Locale.ROOT), now);
        int byClient = count("client:" + (clientAddress == null ? "unknown" : clientAddress), now);
        if (byEmail > properties.perAddress()) {
            return Decision.refuse("application.rate.address");
        }
        if (byClient > properties.perClient()) {
            return Decision.refuse("application.rate.client");
        }
        return Decision.allow();
    }

    /** Counts whose window has passed are of no use. */
    @Transactional
    int forgetExpired() {
        return jdbc.sql("delete from application_rate where window_ends <= ?").param(Timestamp.from(clock.instant())).update();
    }

    private int count(String key, Instant now) {
        String shortKey = key.length() <= 300 ? key : key.substring(0, 300);
        return jdbc.sql("""
                        insert into application_rate (key, count, window_ends) values (:key, 1, :ends)
                        on conflict (key) do update set
                            count = case when application_rate.window_ends <= :now then 1 else application_rate.count + 1 end,
                            window_ends = case when application_rate.window_ends <= :now then :ends else application_rate.window_ends end
                        returning count""")
                .param("key", shortKey)
                .param("ends", Timestamp.from(now.plus(properties.window())))
                .param("now", Timestamp.from(now))
                .query(Integer.class).single();
    }
}
