package org.repsportal.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.repsportal.calendar.CalendarEntry;
import org.repsportal.calendar.CalendarSource;
import org.repsportal.platform.PortalLinks;
import org.repsportal.platform.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The events a person owns or co-organises, one all-day entry per day of the event. */
@Component
class EventCalendar implements CalendarSource {

    private final JdbcClient jdbc;
    private final Texts texts;
    private final PortalLinks links;

    EventCalendar(JdbcClient jdbc, Texts texts, PortalLinks links) {
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
        var entries = new ArrayList<CalendarEntry>();
        jdbc.sql("""
                        select e.id, e.uid, e.name, e.starts_on, e.ends_on, e.sequence, e.updated_at, e.online, e.venue
                        from events e
                        where (e.owner_id = :p or exists (select 1 from event_co_organisers c where c.event_id = e.id and c.person_id = :p))
                          and e.ends_on >= :from and e.starts_on <= :to
                        order by e.starts_on, e.id""")
                .param("p", personId).param("from", from).param("to", to)
                .query(rs -> {
                    String url = links.to("/events/" + rs.getLong("id"));
                    String where = rs.getBoolean("online") ? texts.get("event.online") : rs.getString("venue");
                    LocalDate start = rs.getDate("starts_on").toLocalDate();
                    LocalDate end = rs.getDate("ends_on").toLocalDate();
                    int n = 0;
                    for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1), n++) {
                        entries.add(CalendarEntry.allDay("event-" + rs.getObject("uid", UUID.class) + "-" + n + "@reps-portal",
                                rs.getInt("sequence"), texts.get("event.calendar.summary", rs.getString("name")),
                                texts.get("event.calendar.description", where, url), day, url,
                                rs.getTimestamp("updated_at").toInstant()));
                    }
                });
        return entries;
    }
}
