package org.repsportal.mentorship;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface StepDownRepository extends Repository<StepDown, Long> {

    StepDown save(StepDown stepDown);

    Optional<StepDown> findById(long id);

    @Query("select s from StepDown s where s.mentorId = ?1 and s.state = org.repsportal.mentorship.StepDown.State.OPEN")
    Optional<StepDown> findOpenOf(long mentorId);

    /** The open step-downs whose last day is before the given day, oldest first. */
    @Query("select s from StepDown s where s.state = org.repsportal.mentorship.StepDown.State.OPEN and s.lastDay < ?1 order by s.lastDay, s.id")
    java.util.List<StepDown> findOpenWithLastDayBefore(java.time.LocalDate day);

    /** The same, the row locked: the last reassignments of a mentor's mentees complete the step-down once. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from StepDown s where s.mentorId = ?1 and s.state = org.repsportal.mentorship.StepDown.State.OPEN")
    Optional<StepDown> findOpenOfForUpdate(long mentorId);
}
