package org.repsportal.leaders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.repsportal.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The pipeline of nominations and a mentor's own: two statements a page. */
@Component
@Transactional(readOnly = true)
class LeaderNominationQueries {

    private static final String SELECT = """
            select n.id, n.nominee_id, e.display_name as nominee_name, n.nominated_by, m.display_name as mentor_name,
                   n.state, n.nominated_at, n.nominee_told_at,
                   (select max(f.followed_up_on) from nomination_follow_ups f where f.nomination_id = n.id) as last_follow_up,
                   (select count(*) from nomination_follow_ups f where f.nomination_id = n.id) as follow_ups
            from nominations n
            join people e on e.id = n.nominee_id
            join people m on m.id = n.nominated_by""";

    private final JdbcClient jdbc;

    LeaderNominationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The Council's pipeline for one member, without their own nomination. */
    PageResult<LeaderNominationSummary> pipeline(long readerId, LeaderNominationState state, int page, int size) {
        var where = new StringBuilder(" where n.nominee_id <> :reader");
        Map<String, Object> params = new HashMap<>();
        params.put("reader", readerId);
        if (state != null) {
            where.append(" and n.state = :state");
            params.put("state", state.name());
        }
        return page(where.toString(), params, page, size);
    }

    /** The nominations a mentor made. */
    PageResult<LeaderNominationSummary> by(long mentorId, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        params.put("mentor", mentorId);
        return page(" where n.nominated_by = :mentor", params, page, size);
    }

    private PageResult<LeaderNominationSummary> page(String where, Map<String, Object> params, int page, int size) {
        long total = jdbc.sql("select count(*) from nominations n" + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<LeaderNominationSummary> items = jdbc.sql(SELECT + where + " order by n.nominated_at desc, n.id desc limit :limit offset :offset")
                .params(params).query(LeaderNominationQueries::summary).list();
        return new PageResult<>(items, page, size, total);
    }

    private static LeaderNominationSummary summary(ResultSet rs, int row) throws SQLException {
        return new LeaderNominationSummary(rs.getLong("id"), rs.getLong("nominee_id"), rs.getString("nominee_name"),
                rs.getLong("nominated_by"), rs.getString("mentor_name"), LeaderNominationState.valueOf(rs.getString("state")),
                rs.getTimestamp("nominated_at").toInstant(), rs.getObject("last_follow_up", java.time.LocalDate.class),
                rs.getInt("follow_ups"), rs.getTimestamp("nominee_told_at") != null);
    }
}
