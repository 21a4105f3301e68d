package org.repsportal.mentorship;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repsportal.demo.DemoProgram;
import org.repsportal.people.People;
import org.repsportal.support.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The proposals, dismissal and capacity pages in a real browser: accessible, with their errors, at phone width too. */
class ProposalPagesBrowserTest extends BrowserTestSupport {

    @Autowired
    DemoProgram demoProgram;

    @Autowired
    People people;

    @Autowired
    Mentorships mentorships;

    @BeforeEach
    void theDemoProgramIsThere() {
        if (people.findByEmail("mentor@example.org").isEmpty()) {
            demoProgram.seed(60);
        }
        desktopSized();
        signOut();
    }

    @Test
    void theMenteeAndTheCouncilWorkWithTheProposalsAndTheCapacityOnAccessiblePages() {
        long rep = people.findByEmail("rep@example.org").orElseThrow().getId();
        long mentor = people.findByEmail("mentor@example.org").orElseThrow().getId();

        signIn("rep@example.org", "demo");
        open("/people/" + rep);
        clickAndWaitForNextPage(find("#propose-mentor"));
        assertThat(path()).isEqualTo("/people/" + rep + "/reassignment");
        checkAccessibility();
        find(".first-proposal").click();
        clickAndWaitForNextPage(find("#propose-form button[type=submit]"));
        assertThat(find("#error-summary").getText()).isNotBlank();
        assertThat(find(".first-proposal").isSelected()).as("the chosen mentor is kept").isTrue();
        checkAccessibility();
        phoneSized();
        assertThat(horizontalOverflow()).isLessThanOrEqualTo(0);
        desktopSized();

        signOut();
        signIn("council@example.org", "demo");
        open("/people/" + rep + "/reassignment");
        clickAndWaitForNextPage(find("#dismiss-form button[type=submit]"));
        assertThat(find("#dismiss-form #error-summary").getText()).isNotBlank();
        checkAccessibility();
        open("/people/" + mentor + "/capacity");
        find("#capacity").clear();
        find("#capacity").sendKeys("many");
        clickAndWaitForNextPage(find("main form button[type=submit]"));
        assertThat(find("#capacity").getAttribute("value")).isEqualTo("many");
        checkAccessibility();
        phoneSized();
        assertThat(horizontalOverflow()).isLessThanOrEqualTo(0);
        desktopSized();
    }

    @Test
    void choosingAFullMentorShowsTheCapacityWarningBeforeTheFormIsSent() {
        long council = people.findByEmail("council@example.org").orElseThrow().getId();
        long rep = people.findByEmail("rep@example.org").orElseThrow().getId();
        long full = people.findByEmail("capacity.full.browser@example.org").map(org.repsportal.people.Person::getId)
                .orElseGet(() -> people.register(new org.repsportal.people.NewPerson("Fulvia Full", "Fulvia Full",
                        "capacity.full.browser@example.org", "IT", "Rome", "Europe/Rome", java.util.Set.of("it", "en"),
                        java.util.Set.of("EVENTS"), null, java.time.LocalDate.of(2024, 1, 1),
                        java.util.EnumSet.of(org.repsportal.people.Role.REP, org.repsportal.people.Role.MENTOR),
                        org.repsportal.people.PersonStatus.ACTIVE)).getId());
        mentorships.setCapacity(people.actorFor(council).orElseThrow(), full, 0);

        signIn("council@example.org", "demo");
        open("/people/" + rep + "/mentor");
        assertThat(find("#capacity-warning-live").isDisplayed()).as("the Rep's own mentor has a place").isFalse();
        new org.openqa.selenium.support.ui.Select(find("#mentorId")).selectByValue(String.valueOf(full));
        assertThat(find("#capacity-warning-live").isDisplayed()).isTrue();
        assertThat(find("#capacity-warning-live").getText()).startsWith("The chosen mentor has no place left.");
        checkAccessibility();
        long mentor = people.findByEmail("mentor@example.org").orElseThrow().getId();
        new org.openqa.selenium.support.ui.Select(find("#mentorId")).selectByValue(String.valueOf(mentor));
        assertThat(find("#capacity-warning-live").isDisplayed()).isFalse();
    }
}
