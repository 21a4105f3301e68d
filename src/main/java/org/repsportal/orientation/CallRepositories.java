package org.repsportal.orientation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface OrientationCallRepository extends Repository<OrientationCall, Long> {

    Optional<OrientationCall> findById(Long id);

    OrientationCall save(OrientationCall call);
}

interface CallInvitationRepository extends Repository<CallInvitation, Long> {

    CallInvitation save(CallInvitation invitation);

    @Query("select i from CallInvitation i where i.callId = ?1 order by i.id")
    List<CallInvitation> findByCall(long callId);

    @Query("select i from CallInvitation i where i.callId = ?1 and i.personId = ?2")
    Optional<CallInvitation> findByCallAndPerson(long callId, long personId);
}
