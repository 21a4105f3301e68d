package org.repsportal.platform;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.repsportal.demo.DemoProgram;
import org.repsportal.people.People;
import org.repsportal.support.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal's look where it matters to people: compact on a phone, links marked only where text runs. */
class LookBrowserTest extends BrowserTestSupport {

    @Autowired
    DemoProgram demoProgram;

    @Autowired
    People people;

    @BeforeEach
    void theDemoProgramIsThere() {
        if (people.findByEmail("mentor@example.org").isEmpty()) {
            demoProgram.seed(60);
        }
        signOut();
    }

    @Test
    void aMentorsSixMenteesFitInLessThanTwoPhoneScreens() {
        signIn("mentor@example.org", "demo");
        phoneSized();
        open("/dashboard");
        assertThat(findAll("#mentees-table tbody tr")).hasSize(6);
        long tableHeight = number("return Math.round(document.getElementById('mentees-table').getBoundingClientRect().height);");
        long screen = number("return window.innerHeight;");
        assertThat(tableHeight).as("the six mentees' cards, on a phone %d px high", screen).isLessThan(2 * screen);
        assertThat(number("return document.querySelector('#mentees-table tbody tr').getBoundingClientRect().width;"))
                .as("each mentee is a card as wide as the screen allows").isGreaterThan(300);
        desktopSized();
    }

    @Test
    void linksAreUnderlinedInRunningTextOnly() {
        signIn("mentor@example.org", "demo");
        open("/people");
        assertThat(decoration("main table tbody td a[href^='/people/']")).doesNotContain("underline");
        open("/library");
        assertThat(decoration("main p a:not(.btn)")).contains("underline");
    }

    @Test
    void everyPersonInTheDirectoryHasAnAvatarWithTheirInitials() {
        signIn("mentor@example.org", "demo");
        open("/people?q=Ravi");
        assertThat(find("main table tbody tr .avatar").getText()).isEqualTo("RR");
        assertThat(find("main table tbody tr .avatar").getAttribute("aria-hidden")).isEqualTo("true");
    }

    private long number(String script) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(script)).longValue();
    }

    private String decoration(String css) {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "return getComputedStyle(document.querySelector(arguments[0])).textDecorationLine;", css);
    }
}
