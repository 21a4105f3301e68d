package org.repsportal.checkins;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.repsportal.calendar.CalendarEntry;
import org.repsportal.calendar.CalendarSource;
import org.repsportal.platform.PortalLinks;
import org.repsportal.platform.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's check-ins, as mentor or mentee, in their feed; goals and notes stay in the portal. */
@Component
class CheckInCalendar implements CalendarSource {

    private final JdbcClient jdbc;
    private final Texts texts;
    private final PortalLinks links;

    CheckInCalendar(JdbcClient jdbc, Texts texts, PortalLinks links) {
        this.jdbc = jdbc;
        this.texts = texts;
        this.links = links;
    }

    @Override
    public List<CalendarEntry> entriesFor(long personId, LocalDate from, LocalDate to) {
        return entriesFor(personId, from, to, texts);
    }

    @Override
    public List<CalendarEntry> entriesFor(long personId, LocalDate from, LocalDate to, Texts texts) {
        return jdbc.sql("""
                        select c.id, c.uid, c.scheduled_at, c.time_zone, c.duration_min, c.status, c.sequence, c.updated_at,
                               m.display_name as mentor_name, e.display_name as mentee_name, c.mentor_id
                        from checkins c join people m on m.id = c.mentor_id join people e on e.id = c.mentee_id
                        where (c.mentor_id = :p or c.mentee_id = :p) and c.scheduled_at >= :from and c.scheduled_at < :to
                        order by c.scheduled_at""")
                .param("p", personId)
                .param("from", java.sql.Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant()))
                .param("to", java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))
                .query((rs, n) -> {
                    String other = rs.getLong("mentor_id") == personId ? rs.getString("mentee_name") : rs.getString("mentor_name");
                    ZoneId zone = ZoneId.of(rs.getString("time_zone"));
                    return CalendarEntry.meeting("checkin-" + rs.getObject("uid", UUID.class) + "@reps-portal",
                            rs.getInt("sequence"), texts.get("checkin.calendar.summary", other),
                            texts.get("checkin.calendar.description", links.to("/checkins/" + rs.getLong("id"))),
                            rs.getTimestamp("scheduled_at").toInstant().atZone(zone), Duration.ofMinutes(rs.getInt("duration_min")),
                            links.to("/checkins/" + rs.getLong("id")), rs.getTimestamp("updated_at").toInstant(),
                            CheckInStatus.CANCELLED.name().equals(rs.getString("status")));
                })
                .list();
    }
}
