package org.repsportal.people;

import org.springdoc.core.annotations.ParameterObject;
import org.repsportal.platform.Paging;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.repsportal.platform.CsvExport;
import org.repsportal.platform.PageResult;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "People", description = "The caller, the directory, profiles and the catalog")
class PeopleApiController {

    record Me(long id, String displayName, String email, List<Role> roles, Long mentorId) {
    }

    record PersonItem(long id, String displayName, List<Role> roles, String region, String country, Long mentorId) {
    }

    record PersonDetail(long id, String displayName, String fullName, String email, String region, String country,
                        String city, String timeZone, List<String> languages, List<String> functionalAreas,
                        String bio, LocalDate joinedOn, List<Role> roles, PersonStatus status, Long mentorId,
                        List<Long> menteeIds) {
    }

    record CatalogItem(String code, String name) {
    }

    record CatalogResponse(List<CatalogItem> activities, List<CatalogItem> functionalAreas, List<CatalogItem> regions,
                           List<CatalogItem> countries, List<CatalogItem> languages, List<CatalogItem> eventTypes) {
    }

    private final People people;
    private final Directory directory;
    private final Profiles profiles;
    private final Catalog catalog;
    private final ObjectProvider<MentorRelations> mentorRelations;

    PeopleApiController(People people, Directory directory, Profiles profiles, Catalog catalog,
                        ObjectProvider<MentorRelations> mentorRelations) {
        this.people = people;
        this.directory = directory;
        this.profiles = profiles;
        this.catalog = catalog;
        this.mentorRelations = mentorRelations;
    }

    @GetMapping("/me")
    @Operation(summary = "The caller")
    Me me(Actor actor) {
        Person person = people.get(actor.personId());
        Long mentorId = mentorRelations.getIfAvailable(() -> MentorRelations.NONE)
                .currentMentorIds(List.of(actor.personId())).get(actor.personId());
        return new Me(person.getId(), person.getDisplayName(), person.getEmail(),
                person.getRoles().stream().sorted().toList(), mentorId);
    }

    @GetMapping("/people")
    @Operation(summary = "The directory, paged; q searches names")
    PageResult<PersonItem> people(@ParameterObject DirectoryParams search, @ParameterObject Paging paging) {
        return directory.search(search.query(), paging.number(), paging.limit()).map(PeopleApiController::item);
    }

    @GetMapping(value = "/people", produces = CsvExport.MEDIA_TYPE)
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "OK",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = CsvExport.MEDIA_TYPE,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", description = "RFC 4180 CSV with a header row")))
    @Operation(summary = "The directory, paged; q searches names")
    void peopleCsv(@ParameterObject DirectoryParams search, HttpServletResponse response) {
        try (var csv = CsvExport.download(response, "people.csv", "id", "name", "roles", "region", "country", "mentor_id")) {
            directory.forEachChunk(search.query(), chunk -> chunk.forEach(entry ->
                    csv.row(entry.id(), entry.displayName(), entry.roles(), entry.regionCode(), entry.countryCode(),
                            entry.mentorId())));
        }
    }

    @GetMapping("/people/{id}")
    @Operation(summary = "One profile, with the fields the caller may see")
    PersonDetail person(@PathVariable long id, Actor actor) {
        ProfileView view = profiles.view(actor, id);
        return new PersonDetail(view.id(), view.displayName(), view.fullName(), view.email(), view.regionCode(),
                view.countryCode(), view.city(), view.timeZone(), view.languageCodes(), view.areaCodes(), view.bio(), view.joinedOn(), view.roles(),
                view.status(), view.mentor() == null ? null : view.mentor().id(),
                view.mentees().stream().map(m -> m.id()).toList());
    }

    @GetMapping("/catalog")
    @Operation(summary = "Codes usable in other calls: activities, functional areas, regions, countries, languages")
    CatalogResponse catalog() {
        return new CatalogResponse(
                catalog.activityTypes().stream().map(a -> new CatalogItem(a.code(), a.name())).toList(),
                catalog.functionalAreas().stream().map(a -> new CatalogItem(a.code(), a.name())).toList(),
                catalog.regions().stream().map(r -> new CatalogItem(r.code(), r.name())).toList(),
                catalog.countries().stream().map(c -> new CatalogItem(c.code(), c.name())).toList(),
                catalog.languages().stream().map(l -> new CatalogItem(l.code(), l.name())).toList(),
                catalog.eventTypes().stream().map(t -> new CatalogItem(t.code(), t.name())).toList());
    }

    private static PersonItem item(DirectoryEntry entry) {
        return new PersonItem(entry.id(), entry.displayName(), entry.roles(), entry.regionCode(), entry.countryCode(),
                entry.mentorId());
    }
}
