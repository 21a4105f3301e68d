package org.repsportal.availability;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.repsportal.people.Actor;
import org.repsportal.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's absences, newest first: one statement for the page and one for the count. Anyone signed in may
 * see when someone is away and whom to contact instead; the reason only the person, the plan the person and
 * the Council.
 */
@Service
@Transactional(readOnly = true)
class AbsenceQueries {

    private static final String SELECT = """
            select a.id, a.person_id, a.starts_on, a.ends_on, a.state, a.delegate_id, d.display_name as delegate_name,
                   a.auto_reply, a.reason, a.reassignment_requested, a.plan
            from absences a left join people d on d.id = a.delegate_id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    AbsenceQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    PageResult<AbsenceItem> of(Actor reader, long personId, int page, int size) {
        LocalDate today = LocalDate.now(clock);
        long total = jdbc.sql("select count(*) from absences a where a.person_id = :p and a.state <> 'CANCELLED'")
                .param("p", personId).query(Long.class).single();
        List<AbsenceItem> items = jdbc.sql(SELECT + """
                        where a.person_id = :p and a.state <> 'CANCELLED'
                        order by a.starts_on desc, a.id desc limit :limit offset :offset""")
                .param("p", personId).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> item(rs, reader, today))
                .list();
        return new PageResult<>(items, page, size, total);
    }

    /** One absence, as the reader may see it. */
    Optional<AbsenceItem> one(Actor reader, long id) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(SELECT + " where a.id = :id").param("id", id).query((rs, n) -> item(rs, reader, today)).optional();
    }

    private static AbsenceItem item(ResultSet rs, Actor reader, LocalDate today) throws SQLException {
        AbsenceState state = AbsenceState.valueOf(rs.getString("state"));
        long personId = rs.getLong("person_id");
        boolean own = reader.is(personId);
        LocalDate from = rs.getObject("starts_on", LocalDate.class);
        LocalDate to = rs.getObject("ends_on", LocalDate.class);
        return new AbsenceItem(rs.getLong("id"), personId, from, to, state,
                (Long) rs.getObject("delegate_id"), rs.getString("delegate_name"), rs.getString("auto_reply"),
                own ? rs.getString("reason") : null, rs.getBoolean("reassignment_requested"),
                own || reader.isCouncilOrAdmin() ? rs.getString("plan") : null,
                own && state == AbsenceState.DECLARED && !to.isBefore(today), !from.isAfter(today));
    }
}
