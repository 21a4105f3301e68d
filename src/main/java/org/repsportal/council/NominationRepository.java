package org.repsportal.council;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface NominationRepository extends Repository<Nomination, Long> {

    Nomination save(Nomination nomination);

    Optional<Nomination> findById(Long id);

    @Query("select count(n) > 0 from Nomination n where n.nomineeId = ?1 and n.state in ?2")
    boolean existsByNomineeInStates(long nomineeId, java.util.Collection<NominationState> states);
}
