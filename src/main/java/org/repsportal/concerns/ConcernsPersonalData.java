package org.repsportal.concerns;

import java.util.List;
import java.util.Set;

import org.repsportal.platform.PersonalData;
import org.repsportal.platform.PersonalDataPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The concerns a person raised, in their data archive: their own words and the state they may see, never the
 * Council's notes (the audit trail, the resolution), and never a concern someone else raised about them. */
@Component
class ConcernsPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    ConcernsPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of("concerns");
    }

    @Override
    public List<PersonalDataPart> partsOf(long personId) {
        return List.of(
                PersonalDataPart.query(jdbc, "concerns-raised", """
                        select c.id, c.category, c.summary, c.details, c.state, c.raised_at, c.acknowledged_at, c.resolved_at
                        from concerns c where c.reporter_id = ? order by c.raised_at, c.id""", personId));
    }
}
