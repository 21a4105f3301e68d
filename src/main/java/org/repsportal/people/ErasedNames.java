package org.repsportal.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts the former member's name where what others wrote names an erased person: each module calls it, in the
 * erasing transaction, for the text columns of its own tables. A text that grows past its column's length is cut
 * with an ellipsis; a table with a {@code version} column has it raised, so that a form opened before sees the change.
 */
@Component
public class ErasedNames {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ErasedNames(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Rewrites the given text columns of the rows of {@code table}, keyed by {@code id}, that name the person. */
    public int replaceIn(PersonErased erased, String table, String... columns) {
        return replaceIn(erased, table, List.of("id"), columns);
    }

    /**
     * Rewrites the given text columns of the rows of {@code table}, keyed by the {@code key} columns, that name the
     * person; the names are the module's own constants, never input. Returns how many rows changed.
     */
    public int replaceIn(PersonErased erased, String table, List<String> key, String... columns) {
        String[] like = erased.likePatterns();
        if (like.length == 0 || columns.length == 0) {
            return 0;
        }
        Map<String, Integer> lengths = new HashMap<>();
        boolean[] versioned = {false};
        jdbc.sql("""
                        select column_name, character_maximum_length from information_schema.columns
                        where table_schema = current_schema() and table_name = :table""")
                .param("table", table)
                .query((java.sql.ResultSet rs) -> {
                    String name = rs.getString(1);
                    versioned[0] |= name.equals("version");
                    int length = rs.getInt(2);
                    if (!rs.wasNull()) {
                        lengths.put(name, length);
                    }
                });
        String where = String.join(" or ", Arrays.stream(columns).map(c -> c + " ilike any(:like)").toList());
        var changed = new ArrayList<Object[]>();
        jdbc.sql("select " + String.join(", ", key) + ", " + String.join(", ", columns) + " from " + table + " where " + where)
                .param("like", like)
                .query((java.sql.ResultSet rs) -> {
                    Object[] row = new Object[columns.length + key.size()];
                    boolean differs = false;
                    for (int i = 0; i < columns.length; i++) {
                        String before = rs.getString(key.size() + i + 1);
                        String after = cut(erased.withoutNames(before), lengths.get(columns[i]));
                        differs |= !Objects.equals(before, after);
                        row[i] = after;
                    }
                    for (int k = 0; k < key.size(); k++) {
                        row[columns.length + k] = rs.getObject(k + 1);
                    }
                    if (differs) {
                        changed.add(row);
                    }
                });
        if (changed.isEmpty()) {
            return 0;
        }
        String set = String.join(", ", Arrays.stream(columns).map(c -> c + " = ?").toList())
                + (versioned[0] ? ", version = version + 1" : "");
        String match = String.join(" and ", key.stream().map(k -> k + " = ?").toList());
        template.batchUpdate("update " + table + " set " + set + " where " + match, changed);
        return changed.size();
    }

    private static String cut(String text, Integer length) {
        if (text == null || length == null || text.length() <= length) {
            return text;
        }
        return text.substring(0, length - 1) + "…";
    }
}
