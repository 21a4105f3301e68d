package org.repsportal.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.repsportal.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The sender's list and the contacts' inbox: two statements a page. */
@Component
@Transactional(readOnly = true)
class FeedbackQueries {

    private static final String SELECT = """
            select f.id, f.area_code, f.subject, f.state, f.received_at, f.sender_id, s.display_name as sender_name,
                   f.mentee_id is not null as forwarded, %s
            from feedback f
            join people s on s.id = f.sender_id
            left join people m on m.id = f.mentee_id""";
    private static final String ANY_MENTEE = "f.mentee_id, m.display_name as mentee_name";
    private static final String NAMED_MENTEE = """
            case when f.mentee_named then f.mentee_id end as mentee_id,
            case when f.mentee_named then m.display_name end as mentee_name""";

    private final JdbcClient jdbc;

    FeedbackQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the person sent, and what their mentor forwarded for them. */
    PageResult<FeedbackSummary> mine(long personId, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        params.put("person", personId);
        return page(ANY_MENTEE, " where (f.sender_id = :person or f.mentee_id = :person)", params, page, size);
    }

    /** What was sent to the areas the person is a contact of, and to the leadership when they are on the Council. */
    PageResult<FeedbackSummary> inbox(long personId, boolean council, FeedbackState state, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        params.put("person", personId);
        var where = new StringBuilder(" where (f.area_code in (select c.area_code from feedback_area_contacts c where c.person_id = :person)");
        if (council) {
            where.append(" or f.area_code is null");
        }
        where.append(')');
        if (state != null) {
            where.append(" and f.state = :state");
            params.put("state", state.name());
        }
        return page(NAMED_MENTEE, where.toString(), params, page, size);
    }

    private PageResult<FeedbackSummary> page(String mentee, String where, Map<String, Object> params, int page, int size) {
        long total = jdbc.sql("select count(*) from feedback f" + where).params(params).query(Long.class).single();
        if (total == 0) {
            return new PageResult<>(List.of(), page, size, 0);
        }
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<FeedbackSummary> items = jdbc.sql(SELECT.formatted(mentee) + where + " order by f.received_at desc, f.id desc limit :limit offset :offset")
                .params(params).query(FeedbackQueries::summary).list();
        return new PageResult<>(items, page, size, total);
    }

    private static FeedbackSummary summary(ResultSet rs, int row) throws SQLException {
        return new FeedbackSummary(rs.getLong("id"), rs.getString("area_code"), rs.getString("subject"),
                FeedbackState.valueOf(rs.getString("state")), rs.getTimestamp("received_at").toInstant(), rs.getLong("sender_id"),
                rs.getString("sender_name"), rs.getBoolean("forwarded"), rs.getObject("mentee_id", Long.class),
                rs.getString("mentee_name"));
    }
}
