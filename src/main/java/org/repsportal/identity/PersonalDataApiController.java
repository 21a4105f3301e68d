package org.repsportal.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.repsportal.people.Actor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.repsportal.identity.PersonalDataController.ZIP;

/** "Download my data" over the API: the caller's own archive, streamed; 429 while another request builds it. */
@RestController
@Tag(name = "People")
class PersonalDataApiController {

    private final PersonalDataExport export;

    PersonalDataApiController(PersonalDataExport export) {
        this.export = export;
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
            PersonalDataController.stream(export, actor, response);
            return null;
        } catch (PersonalDataExport.ExportInProgress e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                    "Your archive is being built by another request; try again in a few seconds.");
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, "5")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
    }

}
