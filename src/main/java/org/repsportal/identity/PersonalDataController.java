package org.repsportal.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.repsportal.people.Actor;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** "Download my data" from the settings page: the person's own archive, streamed. */
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
            stream(export, actor, response);
        } catch (PersonalDataExport.ExportInProgress e) {
            response.sendRedirect(request.getContextPath() + "/settings?busy");
        }
    }

    static void stream(PersonalDataExport export, Actor actor, HttpServletResponse response) {
        export.write(actor, () -> {
            response.setContentType(ZIP);
            response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(PersonalDataExport.fileName(actor)).build().toString());
            return response.getOutputStream();
        });
    }
}
