package org.repsportal.mentorship;

import java.util.List;
import java.util.Set;

import org.repsportal.platform.PersonalData;
import org.repsportal.platform.PersonalDataPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who mentored a person and whom they mentored, and when, in their data archive. */
@Component
class MentorshipPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    MentorshipPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of("mentor_assignments");
    }

    @Override
    public List<PersonalDataPart> partsOf(long personId) {
        return List.of(
                PersonalDataPart.query(jdbc, "mentor-assignments", """
                        select a.mentor_id, a.mentee_id, case when a.mentee_id = ? then 'MENTEE' else 'MENTOR' end as taken_part_as,
                               a.started_on, a.ended_on
                        from mentor_assignments a where a.mentee_id = ? or a.mentor_id = ?
                        order by a.started_on""", personId, personId, personId));
    }
}
