package org.repsportal.events;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EventRepository extends JpaRepository<Event, Long> {

    @Query("select e.id from Event e where e.endsOn = :day and e.outcomesRecordedAt is null and e.outcomeRemindedOn is null")
    List<Long> endedWithoutOutcomes(LocalDate day);
}
