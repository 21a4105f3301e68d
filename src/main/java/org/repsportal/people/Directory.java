package org.repsportal.people;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.sql.ResultSet;
import java.util.function.Consumer;

import org.repsportal.platform.CsvExport;
import org.repsportal.platform.PageResult;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The searchable list of people. Three statements a page whatever its size: the page, the count and
 * the current mentors of the people on it.
 */
@Service
@Transactional(readOnly = true)
public class Directory {

    /** A search text this long or longer is found anywhere in a name; a shorter one at the start of the display name. */
    static final int SHORTEST_ANYWHERE = 3;

    private final JdbcClient jdbc;
    private final JdbcClient cursor;
    private final ObjectProvider<MentorRelations> mentorRelations;

    Directory(JdbcClient jdbc, JdbcTemplate template, ObjectProvider<MentorRelations> mentorRelations) {
        this.jdbc = jdbc;
        this.cursor = CsvExport.cursor(template);
        this.mentorRelations = mentorRelations;
    }

    public PageResult<DirectoryEntry> search(DirectoryQuery query, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        long total = jdbc.sql("select count(*)" + FROM + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<DirectoryEntry> entries = jdbc.sql(SELECT + FROM + where + " order by lower(p.display_name), p.id limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> entry(rs))
                .list();
        if (entries.isEmpty()) {
            return new PageResult<>(entries, page, size, total);
        }
        return new PageResult<>(withMentors(entries), page, size, total);
    }

    /**
     * Everyone the search finds, in the directory's order, handed over in chunks of at most
     * {@link CsvExport#FETCH_SIZE} as they are read through a cursor: an export of any size in constant memory,
     * two statements a chunk.
     */
    public void forEachChunk(DirectoryQuery query, Consumer<List<DirectoryEntry>> chunks) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        var chunk = new ArrayList<DirectoryEntry>(CsvExport.FETCH_SIZE);
        cursor.sql(SELECT + FROM + where + " order by lower(p.display_name), p.id")
                .params(params)
                .query((ResultSet rs) -> {
                    chunk.add(entry(rs));
                    if (chunk.size() == CsvExport.FETCH_SIZE) {
                        chunks.accept(withMentors(chunk));
                        chunk.clear();
                    }
                });
        if (!chunk.isEmpty()) {
            chunks.accept(withMentors(chunk));
        }
    }

    private static final String SELECT = """
            select p.id, p.display_name, c.region_code, p.country_code, p.city,
                   array(select r.role from person_roles r where r.person_id = p.id order by r.role) as roles
            """;

    private static final String FROM = " from people p join countries c on c.code = p.country_code";

    private static String where(DirectoryQuery query, Map<String, Object> params) {
        var where = new StringBuilder(" where p.status <> 'ERASED'");
        if (query.hasText()) {
            String text = query.text().strip().toLowerCase();
            if (text.codePointCount(0, text.length()) < SHORTEST_ANYWHERE) {
                // too short for the trigram index: names that start with it, from the prefix index
                where.append(" and lower(p.display_name) like :text");
                params.put("text", escapeLike(text) + "%");
            } else {
                where.append(" and (lower(p.display_name) like :text or lower(p.full_name) like :text)");
                params.put("text", "%" + escapeLike(text) + "%");
            }
        }
        if (query.role() != null) {
            where.append(" and exists (select 1 from person_roles r where r.person_id = p.id and r.role = :role)");
            params.put("role", query.role().name());
        }
        if (query.region() != null && !query.region().isBlank()) {
            where.append(" and c.region_code = :region");
            params.put("region", query.region());
        }
        if (query.area() != null && !query.area().isBlank()) {
            where.append(" and exists (select 1 from person_functional_areas a where a.person_id = p.id and a.area_code = :area)");
            params.put("area", query.area());
        }
        return where.toString();
    }

    private static DirectoryEntry entry(ResultSet rs) throws SQLException {
        return new DirectoryEntry(rs.getLong("id"), rs.getString("display_name"),
                roles(rs.getArray("roles")), rs.getString("region_code"), rs.getString("country_code"),
                rs.getString("city"), null);
    }

    private List<DirectoryEntry> withMentors(List<DirectoryEntry> entries) {
        Map<Long, Long> mentors = mentorRelations.getIfAvailable(() -> MentorRelations.NONE)
                .currentMentorIds(entries.stream().map(DirectoryEntry::id).toList());
        var withMentors = new ArrayList<DirectoryEntry>(entries.size());
        for (DirectoryEntry entry : entries) {
            withMentors.add(entry.withMentor(mentors.get(entry.id())));
        }
        return withMentors;
    }

    private static List<Role> roles(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(r -> Role.valueOf((String) r)).toList();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
