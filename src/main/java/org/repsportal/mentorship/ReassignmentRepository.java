package org.repsportal.mentorship;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ReassignmentRepository extends Repository<Reassignment, Long> {

    Reassignment save(Reassignment reassignment);

    Reassignment saveAndFlush(Reassignment reassignment);

    Optional<Reassignment> findById(long id);

    @Query("select r from Reassignment r where r.menteeToken = ?1 or r.fromToken = ?1 or r.toToken = ?1")
    Optional<Reassignment> findByToken(String token);

    @Query("""
            select r from Reassignment r where r.state in (org.repsportal.mentorship.Reassignment.State.PROPOSED,
            org.repsportal.mentorship.Reassignment.State.WITH_COUNCIL) and r.menteeId = ?1""")
    Optional<Reassignment> findOpenFor(long menteeId);

    @Query("select r from Reassignment r where r.state = org.repsportal.mentorship.Reassignment.State.PROPOSED and r.proposedAt < ?1")
    List<Reassignment> findWaitingSince(Instant before);

    @Query("""
            select r from Reassignment r where r.state in (org.repsportal.mentorship.Reassignment.State.PROPOSED,
            org.repsportal.mentorship.Reassignment.State.WITH_COUNCIL)
            and (r.menteeId = ?1 or r.fromMentorId = ?1 or r.toMentorId = ?1) order by r.proposedAt""")
    List<Reassignment> findOpenInvolving(long personId);

    @Query("""
            select r from Reassignment r where r.state = org.repsportal.mentorship.Reassignment.State.WITH_COUNCIL
            order by r.councilSince""")
    List<Reassignment> findWithCouncil();
}
