package org.repsportal.library;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface SopPageRepository extends Repository<SopPage, Long> {

    Optional<SopPage> findBySlug(String slug);

    Optional<SopPage> findById(Long id);

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
