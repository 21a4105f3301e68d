package org.repsportal.concerns;

import java.util.ArrayList;
import java.util.Objects;

import org.repsportal.people.PersonErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a person is erased, in the erasing transaction: where a concern's summary, details or resolution names them,
 * the former member's name stands instead. The concern keeps its record (who raised it, about whom by id, its
 * states); the audit trail is append-only and holds no names.
 */
@Component
class ErasedConcernPeople {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ErasedConcernPeople(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @EventListener
    void on(PersonErased erased) {
        String[] like = erased.likePatterns();
        if (like.length == 0) {
            return;
        }
        var changed = new ArrayList<Object[]>();
        jdbc.sql("""
                        select id, summary, details, resolution from concerns
                        where summary ilike any(:like) or details ilike any(:like) or resolution ilike any(:like)""")
                .param("like", like)
                .query((java.sql.ResultSet rs) -> {
                    String summary = erased.withoutNames(rs.getString("summary"));
                    String details = erased.withoutNames(rs.getString("details"));
                    String resolution = erased.withoutNames(rs.getString("resolution"));
                    if (!summary.equals(rs.getString("summary")) || !details.equals(rs.getString("details"))
                            || !Objects.equals(resolution, rs.getString("resolution"))) {
                        changed.add(new Object[] {cut(summary, ConcernRules.MAX_SUMMARY), details, resolution, rs.getLong("id")});
                    }
                });
        template.batchUpdate("update concerns set summary = ?, details = ?, resolution = ?, version = version + 1 where id = ?",
                changed);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
