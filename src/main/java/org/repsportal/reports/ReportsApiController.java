package org.repsportal.reports;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.repsportal.mentorship.MenteeDataPolicy;
import org.repsportal.mentorship.Mentorships;
import org.repsportal.people.Actor;
import jakarta.servlet.http.HttpServletResponse;
import org.repsportal.platform.CsvExport;
import org.repsportal.platform.InputChecks;
import org.repsportal.platform.PageResult;
import org.repsportal.platform.Paging;
import org.repsportal.people.Catalog;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Activity reports")
class ReportsApiController {

    record ReportRequest(@NotNull LocalDate date, @NotBlank String activity, @NotBlank String functionalArea,
                         @NotBlank @Size(max = ReportRules.MAX_DESCRIPTION) String description,
                         @Size(max = InputChecks.MAX_LINK) String link, String location) {
    }

    record Created(long id) {
    }

    private final Reports reports;
    private final ReportQueries queries;
    private static final String LIST = "Reports, newest first: of a person, of a mentor's current mentees, or (without either)"
            + " the caller's; month (yyyy-MM) and activity narrow them, unverified=true keeps those still waiting to be verified";

    private final Mentorships mentorships;
    private final Catalog catalog;

    ReportsApiController(Reports reports, ReportQueries queries, Mentorships mentorships, Catalog catalog) {
        this.catalog = catalog;
        this.reports = reports;
        this.queries = queries;
        this.mentorships = mentorships;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "File an activity report for the caller")
    ResponseEntity<Created> file(Actor actor, @RequestBody ReportRequest request) {
        ActivityReport report = reports.file(actor, new NewReport(request.date(), request.activity(),
                request.functionalArea(), request.description(), request.link(), request.location(), null));
        return ResponseEntity.created(URI.create("/reports/" + report.getId())).body(new Created(report.getId()));
    }

    @GetMapping
    @Operation(summary = LIST)
    PageResult<ReportItem> list(Actor actor, @RequestParam(required = false) Long person,
                                @RequestParam(required = false) Long mentor, @ParameterObject ReportListParams filter,
                                @ParameterObject Paging paging) {
        return queries.list(filter(actor, person, mentor, filter), paging.number(), paging.limit());
    }

    @GetMapping(produces = CsvExport.MEDIA_TYPE)
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "OK",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = CsvExport.MEDIA_TYPE,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", description = "RFC 4180 CSV with a header row")))
    @Operation(summary = LIST)
    void listCsv(Actor actor, @RequestParam(required = false) Long person, @RequestParam(required = false) Long mentor,
                 @ParameterObject ReportListParams filter, HttpServletResponse response) {
        ReportController.export(filter(actor, person, mentor, filter), "reports.csv", queries, response);
    }

    private ReportFilter filter(Actor actor, Long person, Long mentor, ReportListParams filter) {
        List<Long> ids;
        if (mentor != null) {
            MenteeDataPolicy.mayView(actor, mentor).orForbid();
            ids = mentorships.currentMenteeIds(mentor);
        } else {
            ids = List.of(person != null ? person : actor.personId());
        }
        return filter.of(ids, catalog);
    }
}
