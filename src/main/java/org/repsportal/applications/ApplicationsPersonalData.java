package org.repsportal.applications;

import java.util.List;
import java.util.Set;

import org.repsportal.platform.PersonalData;
import org.repsportal.platform.PersonalDataPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The applications a person sent (by their account or their email address), in their data archive: what they
 * wrote and the state, never the Council's scorecards or the referees' answers. */
@Component
class ApplicationsPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    ApplicationsPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of("applications");
    }

    @Override
    public List<PersonalDataPart> partsOf(long personId) {
        return List.of(
                PersonalDataPart.query(jdbc, "applications", """
                        select a.id, a.state, a.outcome, a.name, a.email, a.region_code, a.country_code, a.city, a.languages,
                               a.time_zone, a.functional_areas, a.months_involved, a.motivation, a.contributions, a.other_projects,
                               a.goals, a.mobilising, a.links, a.created_at, a.submitted_at, a.decided_at
                        from applications a
                        where a.person_id = ? or lower(a.email) = (select lower(p.email) from people p where p.id = ?)
                        order by a.created_at, a.id""", personId, personId));
    }
}
