package org.repsportal.availability;

import java.time.LocalDate;
import java.util.List;

import org.repsportal.calendar.CalendarEntry;
import org.repsportal.calendar.CalendarSource;
import org.repsportal.platform.PortalLinks;
import org.repsportal.platform.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The person's absences in their feed, as whole days from the first to the last. */
@Component
class AbsenceCalendar implements CalendarSource {

    private final JdbcClient jdbc;
    private final Texts texts;
    private final PortalLinks links;

    AbsenceCalendar(JdbcClient jdbc, Texts texts, PortalLinks links) {
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
                        select a.id, a.starts_on, a.ends_on, a.version, a.updated_at, d.display_name as delegate_name
                        from absences a left join people d on d.id = a.delegate_id
                        where a.person_id = :p and a.state <> 'CANCELLED' and a.starts_on <= :to and a.ends_on >= :from
                        order by a.starts_on""")
                .param("p", personId).param("from", from).param("to", to)
                .query((rs, n) -> {
                    String delegate = rs.getString("delegate_name");
                    return CalendarEntry.days("absence-" + rs.getLong("id") + "@reps-portal", (int) rs.getLong("version"),
                            texts.get("absence.calendar.summary"),
                            delegate == null ? null : texts.get("absence.calendar.delegate", delegate),
                            rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                            links.to("/absences"), rs.getTimestamp("updated_at").toInstant());
                })
                .list();
    }
}
