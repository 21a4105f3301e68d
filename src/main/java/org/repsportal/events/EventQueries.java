package org.repsportal.events;

import java.time.LocalDate;

import org.repsportal.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lists of events, paged: two statements per page whatever the data size. */
@Component
@Transactional(readOnly = true)
class EventQueries {

    private static final String WHERE = """
             where (cast(:owner as bigint) is null or e.owner_id = :owner
                    or exists (select 1 from event_co_organisers c where c.event_id = e.id and c.person_id = :owner))
               and (cast(:from as date) is null or e.ends_on >= :from)
               and (cast(:to as date) is null or e.starts_on <= :to)
            """;

    private final JdbcClient jdbc;

    EventQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageResult<EventListItem> list(Long ownerId, LocalDate from, LocalDate to, int page, int size) {
        long total = jdbc.sql("select count(*) from events e" + WHERE)
                .param("owner", ownerId).param("from", from).param("to", to)
                .query(Long.class).single();
        var items = jdbc.sql("""
                        select e.id, e.name, t.name as type, e.owner_id, p.display_name, e.starts_on, e.ends_on, e.time_zone,
                               e.online, e.venue, e.expected_attendance, e.actual_attendance
                        from events e join event_types t on t.code = e.type_code join people p on p.id = e.owner_id""" + WHERE
                        + " order by e.starts_on desc, e.id desc limit :limit offset :offset")
                .param("owner", ownerId).param("from", from).param("to", to)
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new EventListItem(rs.getLong("id"), rs.getString("name"), rs.getString("type"),
                        rs.getLong("owner_id"), rs.getString("display_name"), rs.getDate("starts_on").toLocalDate(),
                        rs.getDate("ends_on").toLocalDate(), rs.getString("time_zone"), rs.getBoolean("online"),
                        rs.getString("venue"), rs.getInt("expected_attendance"), (Integer) rs.getObject("actual_attendance")))
                .list();
        return new PageResult<>(items, page, size, total);
    }
}
