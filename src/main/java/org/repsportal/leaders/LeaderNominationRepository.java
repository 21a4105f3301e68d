package org.repsportal.leaders;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface LeaderNominationRepository extends Repository<LeaderNomination, Long> {

    LeaderNomination save(LeaderNomination nomination);

    Optional<LeaderNomination> findById(Long id);

    @Query("select count(n) > 0 from LeaderNomination n where n.nomineeId = ?1 and n.state in ?2")
    boolean existsByNomineeInStates(long nomineeId, java.util.Collection<LeaderNominationState> states);
}
