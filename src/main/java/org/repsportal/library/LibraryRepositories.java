package org.repsportal.library;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SopPageRepository extends Repository<SopPage, Long> {

    Optional<SopPage> findBySlug(String slug);

    Optional<SopPage> findById(Long id);

    /** The page, locked until the transaction ends: two editors publishing versions of it at once take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from SopPage p where p.id = ?1")
    Optional<SopPage> findLocked(long id);

    SopPage save(SopPage page);

    SopPage saveAndFlush(SopPage page);
}

interface SopPageVersionRepository extends Repository<SopPageVersion, Long> {

    Optional<SopPageVersion> findByPageIdAndNumber(long pageId, int number);

    SopPageVersion save(SopPageVersion version);
}

interface EditSuggestionRepository extends Repository<EditSuggestion, Long> {

    Optional<EditSuggestion> findById(Long id);

    EditSuggestion save(EditSuggestion suggestion);
}

interface CommunityResourceRepository extends Repository<CommunityResource, Long> {

    Optional<CommunityResource> findById(Long id);

    CommunityResource save(CommunityResource resource);
}
