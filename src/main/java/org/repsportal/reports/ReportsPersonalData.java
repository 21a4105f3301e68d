package org.repsportal.reports;

import java.util.List;
import java.util.Set;

import org.repsportal.platform.PersonalData;
import org.repsportal.platform.PersonalDataPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's activity reports and the comments they wrote on reports, in their data archive. */
@Component
class ReportsPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    ReportsPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of("activity_reports", "report_comments");
    }

    @Override
    public List<PersonalDataPart> partsOf(long personId) {
        return List.of(
                PersonalDataPart.query(jdbc, "reports", """
                        select r.id, r.reported_on, r.activity_code, r.area_code, r.description, r.link, r.location,
                               r.initiative, r.verified_at, r.created_at
                        from activity_reports r where r.person_id = ? order by r.reported_on, r.id""", personId),
                PersonalDataPart.query(jdbc, "report-comments", """
                        select c.id, c.report_id, c.body, c.created_at
                        from report_comments c where c.author_id = ? order by c.created_at, c.id""", personId));
    }
}
