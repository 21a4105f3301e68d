package org.repsportal.checkins;

import java.util.List;
import java.util.Set;

import org.repsportal.platform.PersonalData;
import org.repsportal.platform.PersonalDataPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The check-ins a person took part in, as mentor or mentee, in their data archive: the notes only to the
 * mentor who wrote them, the feedback only to the mentee who gave it. */
@Component
class CheckInsPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    CheckInsPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of("checkins", "checkin_plans");
    }

    @Override
    public List<PersonalDataPart> partsOf(long personId) {
        return List.of(
                PersonalDataPart.query(jdbc, "checkins", """
                        select c.id, case when c.mentor_id = ? then 'MENTOR' else 'MENTEE' end as taken_part_as,
                               c.scheduled_at, c.time_zone, c.duration_min, c.status, c.held_on,
                               case when c.mentor_id = ? then c.notes end as notes,
                               case when c.mentee_id = ? then c.mentee_feedback end as mentee_feedback
                        from checkins c where c.mentor_id = ? or c.mentee_id = ?
                        order by c.scheduled_at, c.id""", personId, personId, personId, personId, personId),
                PersonalDataPart.query(jdbc, "checkin-plan", """
                        select p.cadence_days from checkin_plans p where p.mentee_id = ?""", personId));
    }
}
