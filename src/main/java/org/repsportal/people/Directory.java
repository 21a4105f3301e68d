package org.repsportal.people;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.repsportal.platform.PageResult;
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
    private final ObjectProvider<MentorRelations> mentorRelations;

    Directory(JdbcClient jdbc, ObjectProvider<MentorRelations> mentorRelations) {
        this.jdbc = jdbc;
        this.mentorRelations = mentorRelations;
    }

    public PageResult<DirectoryEntry> search(DirectoryQuery query, int page, int size) {
        var where = new StringBuilder(" where p.status <> 'ERASED'");
        Map<String, Object> params = new HashMap<>();
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
        String from = " from people p join countries c on c.code = p.country_code";

        long total = jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<DirectoryEntry> entries = jdbc.sql("""
                        select p.id, p.display_name, c.region_code, p.country_code, p.city,
                               array(select r.role from person_roles r where r.person_id = p.id order by r.role) as roles
                        """ + from + where + " order by lower(p.display_name), p.id limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new DirectoryEntry(rs.getLong("id"), rs.getString("display_name"),
                        roles(rs.getArray("roles")), rs.getString("region_code"), rs.getString("country_code"),
                        rs.getString("city"), null))
                .list();
        if (entries.isEmpty()) {
            return new PageResult<>(entries, page, size, total);
        }
        Map<Long, Long> mentors = mentorRelations.getIfAvailable(() -> MentorRelations.NONE)
                .currentMentorIds(entries.stream().map(DirectoryEntry::id).toList());
        var withMentors = new ArrayList<DirectoryEntry>(entries.size());
        for (DirectoryEntry entry : entries) {
            withMentors.add(entry.withMentor(mentors.get(entry.id())));
        }
        return new PageResult<>(withMentors, page, size, total);
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
