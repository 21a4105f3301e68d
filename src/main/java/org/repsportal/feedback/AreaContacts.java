package org.repsportal.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who the contacts of each functional area are; one statement for each question. */
@Component
class AreaContacts {

    /** A contact as the Admins' page lists them. */
    record Contact(String areaCode, long personId, String displayName, String countryCode) {
    }

    private final JdbcClient jdbc;

    AreaContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The active contacts of one area. */
    List<Long> of(String areaCode) {
        return jdbc.sql("""
                        select c.person_id from feedback_area_contacts c join people p on p.id = c.person_id
                        where c.area_code = ? and p.status = 'ACTIVE' order by c.person_id""")
                .param(areaCode).query(Long.class).list();
    }

    /** The areas a person is a contact of. */
    Set<String> areasOf(long personId) {
        return new TreeSet<>(jdbc.sql("select area_code from feedback_area_contacts where person_id = ?")
                .param(personId).query(String.class).list());
    }

    boolean isContact(String areaCode, long personId) {
        return jdbc.sql("select count(*) from feedback_area_contacts where area_code = ? and person_id = ?")
                .param(areaCode).param(personId).query(Long.class).single() > 0;
    }

    /** The areas that have at least one active contact. */
    Set<String> areasWithContacts() {
        return new TreeSet<>(jdbc.sql("""
                        select distinct c.area_code from feedback_area_contacts c join people p on p.id = c.person_id
                        where p.status = 'ACTIVE'""")
                .query(String.class).list());
    }

    /** Every area's contacts, by area code. */
    Map<String, List<Contact>> all() {
        var byArea = new LinkedHashMap<String, List<Contact>>();
        jdbc.sql("""
                        select c.area_code, c.person_id, p.display_name, p.country_code
                        from feedback_area_contacts c join people p on p.id = c.person_id
                        order by c.area_code, lower(p.display_name), c.person_id""")
                .query(AreaContacts::contact).list()
                .forEach(c -> byArea.computeIfAbsent(c.areaCode(), k -> new java.util.ArrayList<>()).add(c));
        return byArea;
    }

    /** Adds the contact; false when they already were one. */
    boolean add(String areaCode, long personId, long addedBy, Instant now) {
        return jdbc.sql("""
                        insert into feedback_area_contacts (area_code, person_id, added_by, added_at) values (?, ?, ?, ?)
                        on conflict do nothing""")
                .param(areaCode).param(personId).param(addedBy).param(java.sql.Timestamp.from(now)).update() > 0;
    }

    /** Removes the contact; false when they were none. */
    boolean remove(String areaCode, long personId) {
        return jdbc.sql("delete from feedback_area_contacts where area_code = ? and person_id = ?")
                .param(areaCode).param(personId).update() > 0;
    }

    /** An erased person is nobody's contact any more. */
    void removeEverywhere(long personId) {
        jdbc.sql("delete from feedback_area_contacts where person_id = ?").param(personId).update();
    }

    private static Contact contact(ResultSet rs, int row) throws SQLException {
        return new Contact(rs.getString("area_code"), rs.getLong("person_id"), rs.getString("display_name"),
                rs.getString("country_code"));
    }
}
