package org.repsportal.checkins;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Since when check-ins are tracked: {@code portal.checkins.tracked-since} when set, otherwise the day the
 * check-ins module first ran, recorded then in {@code checkin_tracking} (the first instance to start records it,
 * the others read it). Missed cadences never count from before it.
 */
@Component
public class CheckInTracking {

    private final JdbcClient jdbc;
    private final CheckInsProperties properties;
    private final Clock clock;
    private volatile LocalDate recorded;

    CheckInTracking(JdbcClient jdbc, CheckInsProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void recordFirstRun() {
        jdbc.sql("insert into checkin_tracking (id, tracked_since) values (true, ?) on conflict do nothing")
                .param(LocalDate.now(clock)).update();
        recorded = jdbc.sql("select tracked_since from checkin_tracking").query(LocalDate.class).single();
    }

    /**
     * Records that check-ins have been tracked since the given day, as when a program brings its history along
     * (the demo program does); a configured date still wins.
     */
    @Transactional
    public void trackedSince(LocalDate day) {
        jdbc.sql("""
                        insert into checkin_tracking (id, tracked_since) values (true, ?)
                        on conflict (id) do update set tracked_since = excluded.tracked_since""")
                .param(day).update();
        recorded = day;
    }

    /** The day missed cadences count from at the earliest; null before the module first ran. */
    LocalDate since() {
        if (properties.trackedSince() != null) {
            return properties.trackedSince();
        }
        return recorded;
    }
}
