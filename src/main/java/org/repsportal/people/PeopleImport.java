package org.repsportal.people;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

import org.repsportal.platform.SequenceIds;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds many people at once with batched statements (a large demo program, a migration from another
 * portal). Ids come from the same sequence blocks the ORM uses, so both can write side by side.
 */
@Service
public class PeopleImport {

    private final JdbcTemplate jdbc;

    PeopleImport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the people and returns their ids, in the given order. Codes are trusted to be valid. */
    @Transactional
    public List<Long> importAll(List<NewPerson> newPeople) {
        List<Long> ids = SequenceIds.reserve(jdbc, "people_seq", newPeople.size());
        jdbc.batchUpdate("""
                insert into people (id, display_name, full_name, email, country_code, city, time_zone, bio, joined_on, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", indexes(newPeople.size()), 1000, (ps, i) -> {
            NewPerson p = newPeople.get(i);
            ps.setLong(1, ids.get(i));
            ps.setString(2, p.displayName());
            ps.setString(3, p.fullName());
            ps.setString(4, p.email());
            ps.setString(5, p.countryCode());
            ps.setString(6, p.city());
            ps.setString(7, p.timeZone());
            ps.setString(8, p.bio());
            ps.setDate(9, Date.valueOf(p.joinedOn()));
            ps.setString(10, (p.status() == null ? PersonStatus.ACTIVE : p.status()).name());
        });
        var roles = new ArrayList<Object[]>();
        var languages = new ArrayList<Object[]>();
        var areas = new ArrayList<Object[]>();
        for (int i = 0; i < newPeople.size(); i++) {
            NewPerson p = newPeople.get(i);
            Long id = ids.get(i);
            p.roles().forEach(r -> roles.add(new Object[] {id, r.name()}));
            p.languages().forEach(l -> languages.add(new Object[] {id, l}));
            p.functionalAreas().forEach(a -> areas.add(new Object[] {id, a}));
        }
        jdbc.batchUpdate("insert into person_roles (person_id, role) values (?, ?)", roles);
        jdbc.batchUpdate("insert into person_languages (person_id, language_code) values (?, ?)", languages);
        jdbc.batchUpdate("insert into person_functional_areas (person_id, area_code) values (?, ?)", areas);
        return ids;
    }

    private static List<Integer> indexes(int size) {
        var list = new ArrayList<Integer>(size);
        for (int i = 0; i < size; i++) {
            list.add(i);
        }
        return list;
    }
}
