package org.repsportal.events;

import java.util.List;
import java.util.Set;

import org.repsportal.platform.PersonalData;
import org.repsportal.platform.PersonalDataPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The events a person owns or organises with others, in their data archive. */
@Component
class EventsPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    EventsPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of("events", "event_co_organisers");
    }

    @Override
    public List<PersonalDataPart> partsOf(long personId) {
        return List.of(
                PersonalDataPart.query(jdbc, "events", """
                        select e.id, e.name, e.type_code, e.region_code, e.starts_on, e.ends_on, e.time_zone, e.online,
                               e.venue, e.expected_attendance, e.goals, e.actual_attendance, e.created_at,
                               e.owner_id = ? as owner
                        from events e
                        where e.owner_id = ?
                           or exists (select 1 from event_co_organisers o where o.event_id = e.id and o.person_id = ?)
                        order by e.starts_on, e.id""", personId, personId, personId));
    }
}
