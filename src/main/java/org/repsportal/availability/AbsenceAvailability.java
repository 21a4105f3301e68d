package org.repsportal.availability;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.repsportal.people.Availability;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who is away, from the declared absences; each question is one statement whatever the number of people. */
@Component
@Transactional(readOnly = true)
class AbsenceAvailability implements Availability {

    /** Absences that count: cancelled ones do not; one that ended early stopped the day before the return. */
    static final String COUNTS = "a.state <> 'CANCELLED'";

    private final JdbcClient jdbc;
    private final Clock clock;

    AbsenceAvailability(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Set<Long> awayOn(LocalDate day, Collection<Long> personIds) {
        return awayDuring(day, day, personIds);
    }

    @Override
    public Set<Long> awayDuring(LocalDate from, LocalDate to, Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select distinct a.person_id from absences a where a.person_id = any(:ids) and " + COUNTS
                        + " and a.starts_on <= :to and a.ends_on >= :from")
                .param("ids", personIds.toArray(Long[]::new)).param("from", from).param("to", to)
                .query(Long.class).list());
    }

    @Override
    public Set<Long> awayToday(Collection<Long> personIds) {
        return awayOn(LocalDate.now(clock), personIds);
    }

    @Override
    public Optional<Away> absenceToday(long personId) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                        select a.ends_on, a.delegate_id, d.display_name from absences a left join people d on d.id = a.delegate_id
                        where a.person_id = :person and""" + " " + COUNTS + """
                         and a.starts_on <= :today and a.ends_on >= :today
                        order by a.starts_on limit 1""")
                .param("person", personId).param("today", today)
                .query((rs, n) -> new Away(rs.getObject("ends_on", LocalDate.class), (Long) rs.getObject("delegate_id"),
                        rs.getString("display_name")))
                .optional();
    }

    boolean isAwayDuring(LocalDate from, LocalDate to, long personId) {
        return !awayDuring(from, to, List.of(personId)).isEmpty();
    }
}
