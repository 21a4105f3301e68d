package org.repsportal.mentorship;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface StepDownRepository extends Repository<StepDown, Long> {

    StepDown save(StepDown stepDown);

    Optional<StepDown> findById(long id);

    @Query("select s from StepDown s where s.mentorId = ?1 and s.state = org.repsportal.mentorship.StepDown.State.OPEN")
    Optional<StepDown> findOpenOf(long mentorId);

    /** The same, the row locked: the last reassignments of a mentor's mentees complete the step-down once. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from StepDown s where s.mentorId = ?1 and s.state = org.repsportal.mentorship.StepDown.State.OPEN")
    Optional<StepDown> findOpenOfForUpdate(long mentorId);
}
