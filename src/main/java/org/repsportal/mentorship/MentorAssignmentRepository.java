package org.repsportal.mentorship;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface MentorAssignmentRepository extends Repository<MentorAssignment, Long> {

    MentorAssignment save(MentorAssignment assignment);

    MentorAssignment saveAndFlush(MentorAssignment assignment);

    @Query("select a from MentorAssignment a where a.menteeId = ?1 and a.endedOn is null")
    Optional<MentorAssignment> findCurrentOf(long menteeId);

    @Query("select a from MentorAssignment a where a.menteeId in ?1 and a.endedOn is null")
    List<MentorAssignment> findCurrentOfAll(Collection<Long> menteeIds);

    @Query("select a from MentorAssignment a where a.mentorId = ?1 and a.endedOn is null order by a.startedOn")
    List<MentorAssignment> findCurrentByMentor(long mentorId);

    @Query("select a from MentorAssignment a where a.menteeId = ?1 order by a.startedOn desc, a.id desc")
    List<MentorAssignment> findHistoryOf(long menteeId);

    @Query("select a.mentorId, count(a) from MentorAssignment a where a.endedOn is null group by a.mentorId")
    List<Object[]> countCurrentPerMentor();

    @Query("select count(a) from MentorAssignment a where a.mentorId = ?1 and a.endedOn is null")
    long countCurrentByMentor(long mentorId);
}
