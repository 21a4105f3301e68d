package org.repsportal.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Past events and their outcomes, one query per question: a person's own, and similar ones (same region,
 * same type, same size band of expected attendance).
 */
@Service
@Transactional(readOnly = true)
public class EventHistory {

    /** Size bands of expected attendance: up to 24, 25–99, 100–499, 500 and more. */
    static final int[] BANDS = {25, 100, 500};

    private static final String SELECT = """
            select e.id, e.name, e.owner_id, e.type_code, e.ends_on, e.expected_attendance, e.actual_attendance,
                   (select count(*) from event_metrics m where m.event_id = e.id and m.reached) as reached,
                   (select count(*) from event_metrics m where m.event_id = e.id) as metrics
            from events e
            """;

    private final JdbcClient jdbc;

    EventHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's events that ended before {@code before}, newest first. */
    public List<PastEvent> pastOf(long ownerId, LocalDate before, int limit) {
        return jdbc.sql(SELECT + " where e.owner_id = :o and e.ends_on < :before order by e.ends_on desc, e.id desc limit :limit")
                .param("o", ownerId).param("before", before).param("limit", limit)
                .query(EventHistory::row).list();
    }

    /** Other Reps' past events like this one: same region, type and size band, with outcomes recorded. */
    public List<PastEvent> similarTo(EventFacts event, LocalDate before, int limit) {
        int[] band = band(event.expectedAttendance());
        return jdbc.sql(SELECT + """
                         where e.owner_id <> :o and e.type_code = :type and e.region_code is not distinct from :region
                           and e.expected_attendance >= :low and e.expected_attendance < :high
                           and e.ends_on < :before and e.actual_attendance is not null
                         order by e.ends_on desc, e.id desc limit :limit""")
                .param("o", event.ownerId()).param("type", event.typeCode()).param("region", event.regionCode())
                .param("low", band[0]).param("high", band[1]).param("before", before).param("limit", limit)
                .query(EventHistory::row).list();
    }

    static int[] band(int expected) {
        int low = 0;
        for (int bound : BANDS) {
            if (expected < bound) {
                return new int[] {low, bound};
            }
            low = bound;
        }
        return new int[] {low, Integer.MAX_VALUE};
    }

    private static PastEvent row(ResultSet rs, int n) throws SQLException {
        return new PastEvent(rs.getLong("id"), rs.getString("name"), rs.getLong("owner_id"), rs.getString("type_code"),
                rs.getDate("ends_on").toLocalDate(), rs.getInt("expected_attendance"),
                (Integer) rs.getObject("actual_attendance"), rs.getInt("reached"), rs.getInt("metrics"));
    }
}
