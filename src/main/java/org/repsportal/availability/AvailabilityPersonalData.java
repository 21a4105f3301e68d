package org.repsportal.availability;

import java.util.List;
import java.util.Set;

import org.repsportal.platform.PersonalData;
import org.repsportal.platform.PersonalDataPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's absences and the auto-replies they were sent, in their data archive. */
@Component
class AvailabilityPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    AvailabilityPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of("absences", "absence_auto_replies");
    }

    @Override
    public List<PersonalDataPart> partsOf(long personId) {
        return List.of(
                PersonalDataPart.query(jdbc, "absences", """
                        select a.id, a.starts_on, a.ends_on, a.planned_ends_on, a.state, a.reason, a.delegate_id,
                               a.auto_reply, a.plan, a.created_at
                        from absences a where a.person_id = ? order by a.starts_on, a.id""", personId),
                PersonalDataPart.query(jdbc, "auto-replies-received", """
                        select r.absence_id, r.sent_at from absence_auto_replies r where r.sender_id = ? order by r.sent_at""", personId));
    }
}
