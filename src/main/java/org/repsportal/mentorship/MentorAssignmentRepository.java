package org.repsportal.mentorship;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Assignments. On a given day a mentee's current assignment is the interim one that covers the day, if any,
 * otherwise the permanent one that has not ended: derived from the dates, so nothing has to run for an
 * interim to end.
 */
interface MentorAssignmentRepository extends Repository<MentorAssignment, Long> {

    MentorAssignment save(MentorAssignment assignment);

    MentorAssignment saveAndFlush(MentorAssignment assignment);

    Optional<MentorAssignment> findById(long id);

    @Query("""
            select a from MentorAssignment a where a.menteeId = ?1 and a.startedOn <= ?2 and (a.endedOn is null or a.endedOn > ?2)
            order by a.endedOn asc nulls last, a.id desc""")
    List<MentorAssignment> findCoveringDay(long menteeId, LocalDate day);

    default Optional<MentorAssignment> findCurrentOf(long menteeId, LocalDate day) {
        return findCoveringDay(menteeId, day).stream().findFirst();
    }

    /** The permanent assignment that has not ended (it may be covered by an interim on some days). */
    @Query("select a from MentorAssignment a where a.menteeId = ?1 and a.endedOn is null")
    Optional<MentorAssignment> findOpenPermanentOf(long menteeId);

    @Query("""
            select a from MentorAssignment a where a.menteeId in ?1 and a.startedOn <= ?2 and (a.endedOn is null or a.endedOn > ?2)
            order by a.menteeId, a.endedOn asc nulls last, a.id desc""")
    List<MentorAssignment> findCoveringDayAll(Collection<Long> menteeIds, LocalDate day);

    @Query("select a from MentorAssignment a where a.menteeId = ?1 order by a.startedOn desc, a.id desc")
    List<MentorAssignment> findHistoryOf(long menteeId);

    @Query("select a from MentorAssignment a where a.absenceId = ?1 and a.kind = org.repsportal.mentorship.AssignmentKind.INTERIM")
    List<MentorAssignment> findInterimsFor(long absenceId);

    @Query("""
            select a from MentorAssignment a where a.kind = org.repsportal.mentorship.AssignmentKind.INTERIM
            and a.endedOn <= ?1 and a.handedBackOn is null""")
    List<MentorAssignment> findInterimsEndedNotHandedBack(LocalDate day);
}
