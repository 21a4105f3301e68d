package org.repsportal.people;

import org.repsportal.platform.Paging;
import org.springframework.beans.factory.ObjectProvider;

import jakarta.servlet.http.HttpServletResponse;
import org.repsportal.platform.CsvExport;
import org.repsportal.platform.PageResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DirectoryController {

    private final Directory directory;
    private final Catalog catalog;
    private final People people;
    private final ObjectProvider<Availability> availability;

    DirectoryController(Directory directory, Catalog catalog, People people, ObjectProvider<Availability> availability) {
        this.availability = availability;
        this.directory = directory;
        this.catalog = catalog;
        this.people = people;
    }

    @GetMapping("/people")
    String directory(DirectoryParams search, Paging paging, Model model) {
        var query = search.known(catalog);
        var result = directory.search(query, paging.number(), PageResult.DEFAULT_SIZE);
        model.addAttribute("query", query);
        model.addAttribute("result", result);
        model.addAttribute("mentors", people.summaries(result.items().stream()
                .map(e -> e.mentorId()).filter(java.util.Objects::nonNull).toList()));
        model.addAttribute("away", availability.getIfAvailable(() -> Availability.EVERYONE_AVAILABLE)
                .awayToday(result.items().stream().map(DirectoryEntry::id).toList()));
        model.addAttribute("roles", Role.values());
        model.addAttribute("regions", catalog.regions());
        model.addAttribute("areas", catalog.functionalAreas());
        model.addAttribute("catalog", catalog);
        return "people/directory";
    }

    /** The same search as the page, every match, as CSV. */
    @GetMapping("/people.csv")
    void export(DirectoryParams search, HttpServletResponse response) {
        var query = search.known(catalog);
        try (var csv = CsvExport.download(response, "people.csv",
                "id", "name", "roles", "region", "country", "city", "mentor_id", "mentor")) {
            directory.forEachChunk(query, chunk -> {
                var mentors = people.summaries(chunk.stream().map(DirectoryEntry::mentorId)
                        .filter(java.util.Objects::nonNull).toList());
                for (DirectoryEntry entry : chunk) {
                    PersonSummary mentor = entry.mentorId() == null ? null : mentors.get(entry.mentorId());
                    csv.row(entry.id(), entry.displayName(), entry.roles(), entry.regionCode(), entry.countryCode(),
                            entry.city(), entry.mentorId(), mentor == null ? null : mentor.displayName());
                }
            });
        }
    }
}
