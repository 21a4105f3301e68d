package org.repsportal.platform;

import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One part of a person's data archive: a name, its columns and its rows (written once as JSON, once as CSV). */
public record PersonalDataPart(String name, List<String> columns, List<List<Object>> rows) {

    public PersonalDataPart {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The part read by one query: its columns are the query's, times become instants, arrays lists. */
    public static PersonalDataPart query(JdbcClient jdbc, String name, String sql, Object... params) {
        List<String> columns = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        jdbc.sql(sql).params(params).query((ResultSetExtractor<Boolean>) rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnLabel(i));
            }
            while (rs.next()) {
                rows.add(row(rs, columns.size()));
            }
            return Boolean.TRUE;
        });
        return new PersonalDataPart(name, columns, rows);
    }

    private static List<Object> row(java.sql.ResultSet rs, int count) throws java.sql.SQLException {
        List<Object> row = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            Object value = rs.getObject(i);
            if (value instanceof Timestamp timestamp) {
                value = timestamp.toInstant().toString();
            } else if (value instanceof java.sql.Date date) {
                value = date.toLocalDate().toString();
            } else if (value instanceof java.sql.Array array) {
                value = java.util.Arrays.asList((Object[]) array.getArray());
            } else if (value != null && !(value instanceof Number) && !(value instanceof Boolean)) {
                value = value.toString();
            }
            row.add(value);
        }
        return row;
    }
}
