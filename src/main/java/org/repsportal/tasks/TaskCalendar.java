package org.repsportal.tasks;

import java.time.LocalDate;
import java.util.List;

import org.repsportal.calendar.CalendarEntry;
import org.repsportal.calendar.CalendarSource;
import org.repsportal.platform.PortalLinks;
import org.repsportal.platform.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The due dates of a person's open tasks, as whole days in their feed. */
@Component
class TaskCalendar implements CalendarSource {

    private final JdbcClient jdbc;
    private final Texts texts;
    private final PortalLinks links;

    TaskCalendar(JdbcClient jdbc, Texts texts, PortalLinks links) {
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
                        select id, title, title_key, title_args, due_on, version, created_at from tasks
                        where assignee_id = :p and state in ('OPEN', 'IN_PROGRESS', 'WAITING') and due_on between :from and :to
                        order by due_on, id""")
                .param("p", personId).param("from", from).param("to", to)
                .query((rs, n) -> CalendarEntry.allDay("task-" + rs.getLong("id") + "@reps-portal", (int) rs.getLong("version"),
                        texts.get("task.calendar.due", TaskQueries.title(rs, texts)), links.to("/tasks/" + rs.getLong("id")),
                        rs.getObject("due_on", LocalDate.class), links.to("/tasks/" + rs.getLong("id")),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
