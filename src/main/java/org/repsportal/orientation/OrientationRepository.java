package org.repsportal.orientation;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface OrientationRepository extends Repository<Orientation, Long> {

    Optional<Orientation> findById(Long id);

    Orientation save(Orientation orientation);

    Orientation saveAndFlush(Orientation orientation);

    /** The person's nominations and orientations, the latest first. */
    @Query("select o from Orientation o where o.personId = ?1 order by o.nominatedAt desc, o.id desc")
    List<Orientation> findByPerson(long personId);

    /** The person's open (or else latest) orientation, locked for the rest of the transaction. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Orientation o where o.id = ?1")
    Optional<Orientation> findLocked(long id);

    @Query("""
            select o.id from Orientation o where o.personId = ?1
            order by case when o.state = org.repsportal.orientation.OrientationState.DECLINED then 1 else 0 end,
                     o.nominatedAt desc, o.id desc""")
    List<Long> findIdsByPersonOpenFirst(long personId);

    @Query("select count(o) > 0 from Orientation o where o.personId = ?1 and o.state <> org.repsportal.orientation.OrientationState.DECLINED")
    boolean hasOpen(long personId);
}
