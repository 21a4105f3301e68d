package org.repsportal.orientation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.repsportal.calendar.CalendarEntry;
import org.repsportal.calendar.CalendarSource;
import org.repsportal.platform.PortalLinks;
import org.repsportal.platform.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The onboarding and training calls a person is invited to or organises, in their feed, under the same UID
 * as the invitation mail, so a calendar that accepted the invitation updates it instead of adding a copy.
 */
@Component
class OrientationCalendar implements CalendarSource {

    private final JdbcClient jdbc;
    private final OrientationProperties properties;
    private final Texts texts;
    private final PortalLinks links;

    OrientationCalendar(JdbcClient jdbc, OrientationProperties properties, Texts texts,
                        PortalLinks links) {
        this.jdbc = jdbc;
        this.texts = texts;
        this.properties = properties;
        this.links = links;
    }

    @Override
    public List<CalendarEntry> entriesFor(long personId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select c.id, c.kind, c.starts_at, c.time_zone, c.duration_minutes, c.link, c.sequence, c.created_at
                        from orientation_calls c
                        where (c.organizer_id = :p or exists (select 1 from orientation_call_invitations i
                                                               where i.call_id = c.id and i.person_id = :p))
                          and c.starts_at >= :from and c.starts_at < :to
                        order by c.starts_at""")
                .param("p", personId)
                .param("from", java.sql.Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant()))
                .param("to", java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))
                .query((rs, n) -> CalendarEntry.meeting(CallCalendar.uidOf(rs.getLong("id"), properties),
                        rs.getInt("sequence"), texts.get("orientation.call.kind." + rs.getString("kind")),
                        rs.getString("link"),
                        rs.getTimestamp("starts_at").toInstant().atZone(ZoneId.of(rs.getString("time_zone"))),
                        Duration.ofMinutes(rs.getInt("duration_minutes")), links.to("/orientation/calls/" + rs.getLong("id")),
                        rs.getTimestamp("created_at").toInstant(), false))
                .list();
    }
}
