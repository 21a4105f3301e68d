package org.repsportal.people;

import java.util.List;
import java.util.Set;

import org.repsportal.platform.PersonalData;
import org.repsportal.platform.PersonalDataPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's profile in their data archive: who they are, their roles, languages and areas. */
@Component
class PeoplePersonalData implements PersonalData {

    private final JdbcClient jdbc;

    PeoplePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of("people", "person_roles", "person_languages", "person_functional_areas");
    }

    @Override
    public List<PersonalDataPart> partsOf(long personId) {
        return List.of(
                PersonalDataPart.query(jdbc, "profile", """
                        select p.id, p.display_name, p.full_name, p.email, p.country_code, p.city, p.time_zone, p.bio,
                               p.joined_on, p.status,
                               array(select r.role from person_roles r where r.person_id = p.id order by r.role) as roles,
                               array(select l.language_code from person_languages l where l.person_id = p.id
                                     order by l.language_code) as languages,
                               array(select a.area_code from person_functional_areas a where a.person_id = p.id
                                     order by a.area_code) as functional_areas
                        from people p where p.id = ?""", personId));
    }
}
