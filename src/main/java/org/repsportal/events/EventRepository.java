package org.repsportal.events;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EventRepository extends JpaRepository<Event, Long> {

    /** Events that ended between the two days without outcomes and were not reminded yet, the earliest first, a page of them. */
    @Query("""
            select e.id from Event e where e.endsOn between :from and :to and e.outcomesRecordedAt is null
            and e.outcomeRemindedOn is null order by e.endsOn, e.id""")
    List<Long> endedWithoutOutcomes(LocalDate from, LocalDate to, org.springframework.data.domain.Pageable page);
}
