package org.repsportal.checkins;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.repsportal.demo.DemoProgram;
import org.repsportal.people.People;
import org.repsportal.support.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A mentor plans a check-in with two goals, holds it, and finds the follow-up among their tasks. */
class CheckInBrowserTest extends BrowserTestSupport {

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
    void theMentorPlansACheckInWithTwoGoalsThenRecordsNotesWithAFollowUpThatBecomesATask() {
        long ravi = people.findByEmail("rep@example.org").orElseThrow().getId();
        signIn("mentor@example.org", "demo");

        open("/checkins/new?mentee=" + ravi);
        find("#goals0").sendKeys("Hear how the campus meetup went");
        find("#goals1").sendKeys("Agree on metrics for the next event");
        clickAndWaitForNextPage(find("#plan-form button[type=submit]"));
        checkAccessibility();
        assertThat(find(".alert-success").getText()).isEqualTo("The check-in is planned.");
        assertThat(findAll("#goals-list li")).extracting(WebElement::getText)
                .containsExactly("Hear how the campus meetup went", "Agree on metrics for the next event");
        assertThat(find("#checkin-readers").getText()).startsWith("Only you and ").contains("can read this check-in’s goals, notes and feedback");

        find("#notes").sendKeys("The meetup had 30 people; the next one needs a bigger room.");
        find("#followUps0").sendKeys("Introduce Ravi to the library events team");
        clickAndWaitForNextPage(find("#notes-form button[type=submit]"));
        checkAccessibility();
        assertThat(find("#notes-text").getText()).contains("bigger room");
        assertThat(findAll("#follow-ups li")).extracting(WebElement::getText)
                .containsExactly("Introduce Ravi to the library events team");

        // the task is opened by an event listener after the notes are saved: reload the task list until it shows
        open("/tasks");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> {
            driver.navigate().refresh();
            return findAll("main table tbody tr td:first-child a").stream()
                    .anyMatch(link -> link.getText().contains("Introduce Ravi to the library events team"));
        });
        checkAccessibility();
    }

    @Test
    void aPlanWithoutGoalsComesBackWithAFieldErrorAndTheTypedTimeZone() {
        signIn("mentor@example.org", "demo");
        open("/checkins/new");
        new org.openqa.selenium.support.ui.Select(find("#menteeId")).selectByIndex(1);
        find("#timeZone").clear();
        find("#timeZone").sendKeys("America/Lima");
        clickAndWaitForNextPage(find("#plan-form button[type=submit]"));
        checkAccessibility();

        assertThat(find("#error-summary").getText()).contains("Please write at least one goal");
        assertThat(find("#timeZone").getAttribute("value")).isEqualTo("America/Lima");
    }

    @Test
    void aPastCheckInLoggedForADayToComeComesBackWithTheDateErrorAndWhatWasTyped() {
        signIn("mentor@example.org", "demo");
        open("/checkins");
        clickAndWaitForNextPage(find("a[href='/checkins/log']"));
        checkAccessibility();
        assertThat(find("#log-readers").getText()).isEqualTo("Only you and your mentee can read what you write here; the Council sees only the day.");
        new org.openqa.selenium.support.ui.Select(find("#menteeId")).selectByIndex(1);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('date').removeAttribute('max'); document.getElementById('date').value = arguments[0];",
                java.time.LocalDate.now().plusDays(3).toString());
        find("#goals0").sendKeys("Hear how the campus meetup went");
        find("#notes").sendKeys("We met at the meetup.");
        clickAndWaitForNextPage(find("#log-form button[type=submit]"));
        checkAccessibility();

        assertThat(find("#error-summary").getText()).contains("A check-in still to come is planned, not logged");
        assertThat(find("#notes").getAttribute("value")).isEqualTo("We met at the meetup.");
        assertThat(find("#goals0").getAttribute("value")).isEqualTo("Hear how the campus meetup went");
        phoneSized();
        assertThat(horizontalOverflow()).isLessThanOrEqualTo(0);
        desktopSized();
    }
}
