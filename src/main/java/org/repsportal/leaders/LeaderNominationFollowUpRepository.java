package org.repsportal.leaders;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface LeaderNominationFollowUpRepository extends Repository<LeaderNominationFollowUp, Long> {

    LeaderNominationFollowUp save(LeaderNominationFollowUp followUp);

    @Query("select f from LeaderNominationFollowUp f where f.nominationId = ?1 order by f.followedUpOn, f.id")
    List<LeaderNominationFollowUp> findByNomination(long nominationId);
}
