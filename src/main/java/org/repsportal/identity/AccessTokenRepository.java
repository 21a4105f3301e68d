package org.repsportal.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AccessTokenRepository extends Repository<AccessToken, Long> {

    AccessToken save(AccessToken token);

    Optional<AccessToken> findById(Long id);

    @Query("select t from AccessToken t where t.tokenHash = ?1 and t.revokedAt is null")
    Optional<AccessToken> findActiveByHash(String hash);

    @Query("select t from AccessToken t where t.personId = ?1 order by t.revokedAt nulls first, t.createdAt desc")
    List<AccessToken> findByPerson(long personId);
}
