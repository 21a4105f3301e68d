package org.repsportal.council;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface NominationFollowUpRepository extends Repository<NominationFollowUp, Long> {

    NominationFollowUp save(NominationFollowUp followUp);

    @Query("select f from NominationFollowUp f where f.nominationId = ?1 order by f.followedUpOn, f.id")
    List<NominationFollowUp> findByNomination(long nominationId);
}
