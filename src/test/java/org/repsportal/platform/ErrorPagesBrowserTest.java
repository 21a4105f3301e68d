package org.repsportal.platform;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.repsportal.demo.DemoProgram;
import org.repsportal.people.People;
import org.repsportal.support.BrowserTestSupport;
import org.repsportal.support.HtmlChecker;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors in a real browser on a real server (the container's error page, the security filters): refused and
 * unknown pages in the portal's look, the focus on the error summary of a form shown again, that form's address
 * reloaded, and a wrong password that keeps the typed email.
 */
class ErrorPagesBrowserTest extends BrowserTestSupport {

    /** The pages each test saw, checked by the Nu HTML Checker at the end. */
    private static final List<Path> PAGES = new ArrayList<>();

    @Autowired
    DemoProgram demoProgram;

    @Autowired
    People people;

    @BeforeEach
    void theDemoProgramIsThere() {
        if (people.findByEmail("mentor@example.org").isEmpty()) {
            demoProgram.seed(60);
        }
        desktopSized();
        signOut();
    }

    @Test
    void aRefusedAndAnUnknownPageAreShownInThePortalsLookWithTheNavigationAndALinkHome() throws Exception {
        signIn("rep@example.org", "demo");
        open("/admin/mail");
        assertThat(find("main h1").getText()).isEqualTo("Not allowed");
        assertThat(find("main").getText()).contains("You are signed in, but this is not open to you.");
        assertThat(find("header nav a[href='/dashboard']").getText()).isEqualTo("Dashboard");
        assertThat(find("main a[href='/']").getText()).isEqualTo("Back to the portal");
        keep("forbidden");

        open("/no-such-page");
        assertThat(find("main h1").getText()).isEqualTo("Not found");
        assertThat(find("header nav a[href='/dashboard']").isDisplayed()).isTrue();
        keep("not-found");
        open("/reports/no/such/report");
        assertThat(find("main h1").getText()).isEqualTo("Not found");
        keep("not-found-in-an-area");
    }

    @Test
    void aFormShownAgainWithItsErrorsHasTheFocusOnTheirSummaryAndItsAddressOpensTheFormsPageAgain() throws Exception {
        signIn("mentor@example.org", "demo");
        open("/dashboard");
        find("#subject").sendKeys("Kept while the errors are shown");
        find("#email-mentees-form button[type=submit]").click();
        waitUntil(() -> "error-summary".equals(focusedId()));
        checkAccessibility();
        assertThat(path()).as("the form was sent in place").isEqualTo("/dashboard");
        assertThat(find("#subject").getDomProperty("value")).isEqualTo("Kept while the errors are shown");
        keep("form-errors");

        // the language switcher asks for the form's address with GET
        clickAndWaitForNextPage(find("footer a[hreflang='es']"));
        checkAccessibility();
        assertThat(path()).isEqualTo("/dashboard");
        assertThat(find("html").getAttribute("lang")).isEqualTo("es");
        open("/dashboard?lang=en");
    }

    @Test
    void aWrongPasswordKeepsTheTypedEmailAndPutsTheFocusOnTheAnnouncedError() throws Exception {
        open("/login");
        find("#username").sendKeys("mentor@example.org");
        find("#password").sendKeys("not the password");
        clickAndWaitForNextPage(find("main form[action='/login'] button[type=submit]"));
        checkAccessibility();
        assertThat(path()).isEqualTo("/login");
        assertThat(find("#username").getAttribute("value")).isEqualTo("mentor@example.org");
        assertThat(focusedId()).isEqualTo("error-summary");
        assertThat(find("#error-summary").getAttribute("role")).isEqualTo("alert");
        keep("sign-in-refused");

        browser.navigate().refresh();
        assertThat(path()).isEqualTo("/login");
        assertThat(find("#username").getAttribute("value")).as("the kept email is read once").isEmpty();
    }

    @AfterAll
    static void everyPageShownIsValidHtml() throws Exception {
        assertThat(PAGES).hasSize(5);
        assertThat(HtmlChecker.errorsIn(PAGES)).as("the Nu HTML Checker's errors").isEmpty();
    }

    /** Keeps the page as the browser holds it (no script of the portal changes these pages) for the HTML check. */
    private void keep(String name) throws java.io.IOException {
        String html = browser.getPageSource();
        PAGES.add(HtmlChecker.keep("errors-" + name, html.startsWith("<!DOCTYPE") ? html : "<!DOCTYPE html>" + html));
    }

    private String focusedId() {
        return (String) ((JavascriptExecutor) browser).executeScript("return document.activeElement && document.activeElement.id;");
    }
}
