package org.repsportal.library;

import org.springdoc.core.annotations.ParameterObject;
import org.repsportal.platform.Paging;
import java.net.URI;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.repsportal.library.LibraryViews.PageListing;
import org.repsportal.library.LibraryViews.PageView;
import org.repsportal.people.Actor;
import org.repsportal.platform.InputChecks;
import org.repsportal.platform.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/library")
@Tag(name = "Library", description = "SOP pages, suggested edits and community resources")
class LibraryApiController {

    record PageItem(String slug, String title, String summary, int version, LocalDate reviewBy, boolean outdated,
                    boolean flagged, boolean pastReviewBy) {

        static PageItem of(PageListing p) {
            return new PageItem(p.slug(), p.title(), p.summary(), p.version(), p.reviewBy(), p.outdated(), p.flagged(),
                    p.pastReviewBy());
        }
    }

    record PageDetail(String slug, String title, String summary, int version, int currentVersion, LocalDate reviewBy,
                      boolean outdated, boolean flagged, String outdatedNote, String markdown, String html) {

        static PageDetail of(PageView p) {
            return new PageDetail(p.slug(), p.title(), p.summary(), p.version(), p.currentVersion(), p.reviewBy(),
                    p.outdated(), p.flagged(), p.outdatedNote(), p.markdown(), p.html());
        }
    }

    record SuggestionRequest(Integer baseVersion, @NotBlank String body, @NotBlank @Size(max = Library.MAX_NOTE) String note) {
    }

    record SuggestionItem(long id, String slug, int baseVersion, SuggestionState state, Integer acceptedVersion,
                          String decisionComment) {

        static SuggestionItem of(EditSuggestion s, String slug) {
            return new SuggestionItem(s.getId(), slug, s.getBaseVersion(), s.getState(), s.getAcceptedVersion(),
                    s.getDecisionComment());
        }
    }

    record Decision(String comment) {
    }

    record ReadRequest(Integer version) {
    }

    record Read(String slug, int version) {
    }

    record ResourceRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = InputChecks.MAX_LINK) String url,
                           @NotNull ResourceTopic topic, @Size(max = Library.MAX_NOTE) String note) {
    }

    record ResourceItem(long id, String title, String url, ResourceTopic topic, String note, boolean flaggedOutdated) {

        static ResourceItem of(ResourceListing r) {
            return new ResourceItem(r.id(), r.title(), r.url(), r.topic(), r.note(), r.flaggedOutdated());
        }

        static ResourceItem of(CommunityResource r) {
            return new ResourceItem(r.getId(), r.getTitle(), r.getUrl(), r.getTopic(), r.getNote(), r.isFlaggedOutdated());
        }
    }

    private final Library library;
    private final LibraryQueries queries;
    private final CommunityResources resources;

    LibraryApiController(Library library, LibraryQueries queries, CommunityResources resources) {
        this.library = library;
        this.queries = queries;
        this.resources = resources;
    }

    @GetMapping("/pages")
    @Operation(summary = "SOP pages by title, with their current version, review-by date and whether they may be outdated")
    PageResult<PageItem> pages(@ParameterObject Paging paging) {
        return queries.pages(paging.number(), paging.limit()).map(PageItem::of);
    }

    @GetMapping("/pages/{slug}")
    @Operation(summary = "One SOP page at its current version (or the given one), as Markdown and sanitized HTML")
    PageDetail page(@PathVariable String slug, @RequestParam(required = false) Integer version) {
        return PageDetail.of(library.page(slug, version));
    }

    @PostMapping("/pages/{slug}/suggestions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Suggest a new text for a page; a Council editor accepts or rejects it")
    ResponseEntity<SuggestionItem> suggest(@PathVariable String slug, Actor actor, @RequestBody SuggestionRequest request) {
        EditSuggestion suggestion = library.suggest(actor, slug,
                new NewSuggestion(request.baseVersion(), request.body(), request.note()));
        return ResponseEntity.created(URI.create("/library/suggestions/" + suggestion.getId()))
                .body(SuggestionItem.of(suggestion, slug));
    }

    @PostMapping("/suggestions/{id}/accept")
    @Operation(summary = "Accept a suggestion (Council): the page gets a new version")
    SuggestionItem accept(@PathVariable long id, Actor actor, @RequestBody(required = false) Decision decision) {
        SopPage page = library.accept(actor, id, decision == null ? null : decision.comment());
        return SuggestionItem.of(library.getSuggestion(id), page.getSlug());
    }

    @PostMapping("/suggestions/{id}/reject")
    @Operation(summary = "Reject a suggestion with a comment (Council)")
    SuggestionItem reject(@PathVariable long id, Actor actor, @RequestBody(required = false) Decision decision) {
        EditSuggestion suggestion = library.reject(actor, id, decision == null ? null : decision.comment());
        return SuggestionItem.of(suggestion, library.suggestion(id).slug());
    }

    @PostMapping("/pages/{slug}/read")
    @Operation(summary = "Say you have read a version of a page (the current one when none is given)")
    Read read(@PathVariable String slug, Actor actor, @RequestBody(required = false) ReadRequest request) {
        int version = request == null || request.version() == null ? library.currentVersion(slug) : request.version();
        library.recordRead(actor, slug, version);
        return new Read(slug, version);
    }

    @GetMapping("/resources")
    @Operation(summary = "Community resources by topic (hidden ones left out)")
    PageResult<ResourceItem> resources(@ParameterObject Paging paging) {
        return resources.listed(paging.number(), paging.limit()).map(ResourceItem::of);
    }

    @PostMapping("/resources")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a community resource")
    ResponseEntity<ResourceItem> addResource(Actor actor, @RequestBody ResourceRequest request) {
        CommunityResource resource = resources.add(actor, new NewResource(request.title(), request.url(), request.topic(),
                request.note()));
        return ResponseEntity.created(URI.create("/library/resources#resource-" + resource.getId())).body(ResourceItem.of(resource));
    }
}
