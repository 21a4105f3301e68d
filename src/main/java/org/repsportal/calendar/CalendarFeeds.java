package org.repsportal.calendar;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.repsportal.platform.PortalLinks;
import org.repsportal.platform.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feed addresses and feeds. The address holds a long random token: whoever has it reads the feed, so a
 * person can renew it, which makes the old address unknown at once.
 */
@Service
@Transactional
class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final int DAYS_BACK = 60;
    static final int DAYS_AHEAD = 365;

    private final JdbcClient jdbc;
    private final List<CalendarSource> sources;
    private final FeedWriter writer;
    private final Clock clock;
    private final PortalLinks links;
    private final Texts texts;

    CalendarFeeds(JdbcClient jdbc, List<CalendarSource> sources, FeedWriter writer, Clock clock, Texts texts,
                  PortalLinks links) {
        this.texts = texts;
        this.jdbc = jdbc;
        this.sources = sources;
        this.writer = writer;
        this.clock = clock;
        this.links = links;
    }

    /** The person's feed address, made on first use. */
    public String feedUrlOf(long personId) {
        Optional<String> token = jdbc.sql("select token from calendar_feeds where person_id = ?").param(personId)
                .query(String.class).optional();
        return urlOf(token.orElseGet(() -> store(personId, newToken(), false)));
    }

    /** A new address; the old one stops working. */
    public String renew(long personId) {
        return urlOf(store(personId, newToken(), true));
    }

    /** The feed behind a token, or nothing for an unknown or renewed-away token. */
    @Transactional(readOnly = true)
    public Optional<String> feed(String token) {
        return jdbc.sql("select person_id from calendar_feeds where token = ?").param(token).query(Long.class).optional()
                .map(personId -> {
                    LocalDate today = LocalDate.now(clock);
                    var entries = new ArrayList<CalendarEntry>();
                    Texts in = texts.forPerson(personId);
                    for (CalendarSource source : sources) {
                        entries.addAll(source.entriesFor(personId, today.minusDays(DAYS_BACK), today.plusDays(DAYS_AHEAD), in));
                    }
                    return writer.write(entries, clock.instant());
                });
    }

    private String store(long personId, String token, boolean replace) {
        jdbc.sql("""
                        insert into calendar_feeds (person_id, token, created_at) values (:person, :token, :now)
                        on conflict (person_id) do update set token = excluded.token, created_at = excluded.created_at
                        """ + (replace ? "" : " where false"))
                .param("person", personId).param("token", token).param("now", java.sql.Timestamp.from(clock.instant())).update();
        return jdbc.sql("select token from calendar_feeds where person_id = ?").param(personId).query(String.class).single();
    }

    private String urlOf(String token) {
        return links.to("/api/v1/calendar/" + token + ".ics");
    }

    private static String newToken() {
        byte[] bytes = new byte[30];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
