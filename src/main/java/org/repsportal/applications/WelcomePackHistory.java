package org.repsportal.applications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The steps of a Welcome Pack's shipment, appended as they happen and read back in order (one statement). */
@Component
class WelcomePackHistory {

    /** What was done to the pack. */
    enum Step { CREATED, SHIPPED, DELIVERED, RETURNED, RECEIVED }

    /** One step: what was done, the state it left the pack in, by whom (null: the portal) and when. */
    record Entry(Step step, WelcomePack.State state, Long by, Instant at) {

        /** The day it happened (UTC), as the onboarding page shows it. */
        public java.time.LocalDate day() {
            return at.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
    }

    private final JdbcClient jdbc;

    WelcomePackHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(WelcomePack pack, Step step, Long by, Instant at) {
        jdbc.sql("insert into welcome_pack_history (application_id, step, state, changed_by, changed_at) values (?, ?, ?, ?, ?)")
                .params(pack.getApplicationId(), step.name(), pack.getState().name(), by, Timestamp.from(at))
                .update();
    }

    List<Entry> of(long applicationId) {
        return jdbc.sql("select step, state, changed_by, changed_at from welcome_pack_history where application_id = ? order by changed_at, id")
                .param(applicationId)
                .query((rs, n) -> new Entry(Step.valueOf(rs.getString(1)), WelcomePack.State.valueOf(rs.getString(2)),
                        (Long) rs.getObject(3), rs.getTimestamp(4).toInstant()))
                .list();
    }
}
