package org.repsportal.checkins;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CheckInRepository extends Repository<CheckIn, Long> {

    CheckIn save(CheckIn checkIn);

    Optional<CheckIn> findById(Long id);

    @Query("""
            select c from CheckIn c where c.mentorId = ?1 and c.menteeId = ?2 and c.scheduledAt > ?3
            and c.status = org.repsportal.checkins.CheckInStatus.PLANNED and c.offeredTo is null order by c.scheduledAt""")
    List<CheckIn> findPlannedAfter(long mentorId, long menteeId, Instant after);

    @Query("""
            select c from CheckIn c where c.offeredTo is not null and c.scheduledAt <= ?1
            and c.status = org.repsportal.checkins.CheckInStatus.PLANNED order by c.scheduledAt""")
    List<CheckIn> findOffersDueBy(Instant now);
}
