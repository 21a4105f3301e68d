package org.repsportal.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repsportal.demo.DemoProgram;
import org.repsportal.people.People;
import org.repsportal.support.BrowserTestSupport;
import org.repsportal.support.HtmlChecker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every main page of the portal, as the people who use it, on a desktop (1366 px) and at a phone's width (390 px):
 * axe-core finds no serious or critical problem (checked by {@code open}), nothing needs scrolling sideways on a phone,
 * and the Nu HTML Checker finds no error in the HTML as the server sent it; the mentor's pages once more in Spanish.
 * A screenshot of each page at both widths is left in {@code target/screenshots} for a person to look at.
 */
class PageTourBrowserTest extends BrowserTestSupport {

    private static final List<String> EVERYONE = List.of("/dashboard", "/reports", "/reports/new", "/tasks", "/checkins",
            "/people", "/library", "/library/resources", "/orientation", "/concerns", "/concerns/new", "/settings",
            "/settings/notifications", "/settings/calendar", "/absences", "/absences/new");

    private static final List<String> MENTOR = List.of("/reports/mentees", "/checkins/new", "/board", "/board/new");

    /** The Council's hub: each tab, and the page of Reps waiting too long that sits under one. */
    private static final List<String> COUNCIL = List.of("/council", "/dashboard/orphans", "/dashboard/mentors",
            "/dashboard/unmentored", "/council/concerns", "/council/nominations", "/council/orientation", "/council/checkins", "/library/review", "/orientation/calls/new");

    @Autowired
    DemoProgram demoProgram;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    private final List<Path> servedPages = new ArrayList<>();

    private String tour = "tour";

    @BeforeEach
    void theDemoProgramIsThere() {
        if (people.findByEmail("mentor@example.org").isEmpty()) {
            demoProgram.seed(60);
        }
        signOut();
    }

    @AfterEach
    void everyVisitedPageIsValidHtml() throws IOException, InterruptedException {
        assertThat(HtmlChecker.errorsIn(servedPages)).as("the Nu HTML Checker's errors").isEmpty();
    }

    @Test
    void theMentorsPagesAreAccessibleOnADesktopAndFitAPhone() throws Exception {
        tour = "mentor";
        signIn("mentor@example.org", "demo");
        visit(EVERYONE);
        visit(MENTOR);
    }

    @Test
    void theMentorsPagesInSpanishAreAccessibleOnADesktopAndFitAPhone() throws Exception {
        tour = "mentor-es";
        signIn("mentor@example.org", "demo");
        try {
            open("/tasks?lang=es");
            assertThat(find("html").getAttribute("lang")).isEqualTo("es");
            assertThat(find("h1").getText()).isEqualTo("Tareas");
            assertThat(find("header nav").getText()).contains("Informes", "Eventos", "Directorio");
            assertThat(find("footer nav").getAttribute("aria-label")).isEqualTo("Idioma");
            visit(EVERYONE);
            visit(MENTOR);
            open("/dashboard");
            assertThat(find("html").getAttribute("lang")).as("the choice is kept for the next pages").isEqualTo("es");
        } finally {
            // the demo mentor reads English again for the other tours
            jdbc.sql("update people set portal_language = null where email = 'mentor@example.org'").update();
        }
    }

    @Test
    void theCouncilsPagesAreAccessibleOnADesktopAndFitAPhone() throws Exception {
        tour = "council";
        signIn("council@example.org", "demo");
        visit(COUNCIL);
        open("/council/concerns");
        visit(List.of(find("main table tbody tr a[href^='/concerns/']").getAttribute("href").replaceFirst("^https?://[^/]+", "")));
        open("/board");
        visit(List.of(find("main a[href^='/board/'][href]:not([href='/board/new'])").getAttribute("href")
                .replaceFirst("^https?://[^/]+", "")));
    }

    @Test
    void theAdminsMailLogIsAccessible() throws Exception {
        tour = "admin";
        signIn("admin@example.org", "demo");
        visit(List.of("/admin/mail", "/dashboard", "/people", "/council/checkins"));
    }

    @Test
    void aRepsHomeIsAccessibleOnADesktopAndFitsAPhoneAndTheMenuMarksTheCurrentPage() throws Exception {
        tour = "rep";
        signIn("rep@example.org", "demo");
        visit(List.of("/dashboard", "/reports"));
        assertThat(find("header nav a[aria-current='page']").getAttribute("href")).endsWith("/reports");
        open("/dashboard");
        assertThat(find("#next-checkin h2").getText()).isNotBlank();
        assertThat(find("#my-mentor a").getAttribute("href")).contains("/people/");
    }

    private void visit(List<String> paths) throws IOException, InterruptedException {
        for (String path : paths) {
            String name = tour + path.replaceAll("[^A-Za-z0-9]+", "-");
            desktopSized();
            open(path);
            assertThat(find("h1").getText()).as(path).isNotBlank();
            screenshot(name + "-1366");
            servedPages.add(HtmlChecker.keep(name, served(path)));
            phoneSized();
            open(path);
            assertThat(horizontalOverflow()).as("sideways scrolling on %s at a phone's width", path).isLessThanOrEqualTo(0);
            screenshot(name + "-390");
        }
        desktopSized();
    }
}
