package org.repsportal.concerns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.repsportal.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The lists of concerns: one statement for the page and one for the count, whatever the page holds. */
@Component
@Transactional(readOnly = true)
class ConcernQueries {

    private static final String OPEN = "('NEW', 'ACKNOWLEDGED', 'IN_PROGRESS')";

    private final JdbcClient jdbc;

    ConcernQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The Council's queue for one member, leaving out the concerns they are recused from. */
    PageResult<ConcernSummary> queue(long readerId, ConcernQueueFilter filter, int page, int size) {
        var where = new StringBuilder(" where (c.about_person_id is null or c.about_person_id <> :reader)");
        Map<String, Object> params = new HashMap<>();
        params.put("reader", readerId);
        if (filter.state() != null) {
            where.append(" and c.state = :state");
            params.put("state", filter.state().name());
        } else if (filter.openOnly()) {
            where.append(" and c.state in " + OPEN);
        }
        if (filter.category() != null) {
            where.append(" and c.category = :category");
            params.put("category", filter.category().name());
        }
        long total = jdbc.sql("select count(*) from concerns c" + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<ConcernSummary> items = jdbc.sql("""
                        select c.id, c.category, c.state, c.summary, c.reporter_id, r.display_name as reporter_name,
                               c.about_person_id, a.display_name as about_name, c.raised_at, c.acknowledged_at
                        from concerns c
                        join people r on r.id = c.reporter_id
                        left join people a on a.id = c.about_person_id""" + where
                        + " order by c.raised_at desc, c.id desc limit :limit offset :offset")
                .params(params)
                .query(ConcernQueries::summary)
                .list();
        return new PageResult<>(items, page, size, total);
    }

    /** Concerns the reader raised or was involved in as the reporter's mentor, newest first. */
    PageResult<MyConcern> mine(long readerId, int page, int size) {
        String where = " where (c.reporter_id = :reader or (c.involved_mentor_id = :reader and c.category = 'CONFLICT'))"
                + " and (c.about_person_id is null or c.about_person_id <> :reader)";
        long total = jdbc.sql("select count(*) from concerns c" + where).param("reader", readerId)
                .query(Long.class).single();
        List<MyConcern> items = jdbc.sql("select c.id, c.category, c.state, c.summary, c.raised_at, c.reporter_id from concerns c"
                        + where + " order by c.raised_at desc, c.id desc limit :limit offset :offset")
                .param("reader", readerId).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new MyConcern(rs.getLong("id"), ConcernCategory.valueOf(rs.getString("category")),
                        ConcernState.valueOf(rs.getString("state")), rs.getString("summary"), instant(rs, "raised_at"),
                        rs.getLong("reporter_id") != readerId))
                .list();
        return new PageResult<>(items, page, size, total);
    }

    /** Average and median time to acknowledge the concerns raised from {@code from} until before {@code to}, recusals left out. */
    AcknowledgementTimes acknowledgementTimes(long readerId, ConcernCategory category, Instant from, Instant to) {
        String sql = """
                select count(c.acknowledged_at) as acknowledged,
                       avg(extract(epoch from (c.acknowledged_at - c.raised_at))) as average,
                       percentile_cont(0.5) within group (order by extract(epoch from (c.acknowledged_at - c.raised_at)))
                           filter (where c.acknowledged_at is not null) as median,
                       count(*) filter (where c.state = 'NEW') as waiting
                from concerns c
                where c.raised_at >= :from and c.raised_at < :to
                  and (c.about_person_id is null or c.about_person_id <> :reader)""";
        var statement = jdbc.sql(category == null ? sql : sql + " and c.category = :category")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("reader", readerId);
        if (category != null) {
            statement = statement.param("category", category.name());
        }
        return statement.query((rs, n) -> new AcknowledgementTimes(rs.getLong("acknowledged"),
                        seconds(rs, "average"), seconds(rs, "median"), rs.getLong("waiting")))
                .single();
    }

    private static ConcernSummary summary(ResultSet rs, int row) throws SQLException {
        Instant raised = instant(rs, "raised_at");
        Instant acknowledged = instant(rs, "acknowledged_at");
        return new ConcernSummary(rs.getLong("id"), ConcernCategory.valueOf(rs.getString("category")),
                ConcernState.valueOf(rs.getString("state")), rs.getString("summary"), rs.getLong("reporter_id"),
                rs.getString("reporter_name"), rs.getObject("about_person_id", Long.class), rs.getString("about_name"),
                raised, acknowledged == null ? null : Duration.between(raised, acknowledged));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Duration seconds(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : Duration.ofMillis(Math.round(value * 1000));
    }
}
