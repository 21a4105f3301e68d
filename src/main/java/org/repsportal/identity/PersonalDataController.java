package org.repsportal.identity;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.repsportal.people.Actor;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** "Download my data" from the settings page and over the API: the person's own archive, streamed. */
@Controller
class PersonalDataController {

    static final String ZIP = "application/zip";

    private final PersonalDataExport export;

    PersonalDataController(PersonalDataExport export) {
        this.export = export;
    }

    @GetMapping("/settings/export")
    void download(Actor actor, HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            stream(actor, response);
        } catch (PersonalDataExport.ExportInProgress e) {
            response.sendRedirect(request.getContextPath() + "/settings?busy");
        }
    }

    @GetMapping(path = "/api/v1/me/export", produces = ZIP)
    @Operation(summary = "A ZIP of JSON and CSV files with everything the portal keeps about the caller")
    @ApiResponse(responseCode = "200", description = "The archive",
            content = @Content(mediaType = ZIP, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "429", description = "The caller's archive is being built by another request",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<ProblemDetail> apiDownload(Actor actor, HttpServletResponse response) {
        try {
            stream(actor, response);
            return null;
        } catch (PersonalDataExport.ExportInProgress e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                    "Your archive is being built by another request; try again in a few seconds.");
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, "5")
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
    }

    private void stream(Actor actor, HttpServletResponse response) {
        export.write(actor, () -> {
            response.setContentType(ZIP);
            response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(PersonalDataExport.fileName(actor)).build().toString());
            return response.getOutputStream();
        });
    }
}
