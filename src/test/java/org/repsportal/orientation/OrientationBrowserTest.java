package org.repsportal.orientation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.repsportal.demo.DemoProgram;
import org.repsportal.people.People;
import org.repsportal.support.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The new mentor of the demo program works through orientation in Chromium. */
class OrientationBrowserTest extends BrowserTestSupport {

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
    void theNewMentorCompletesASelfServiceStepAndSeesTheProgressMove() {
        signIn("newmentor@example.org", "demo");
        open("/orientation");

        int before = progress();
        assertThat(before).as("half-way through orientation").isPositive().isLessThan(maximum());
        WebElement button = findAll("#orientation-steps form[id^='complete-'] button").stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow();
        String step = button.findElement(org.openqa.selenium.By.xpath("./ancestor::li")).getAttribute("id");

        clickAndWaitForNextPage(button);
        checkAccessibility();

        assertThat(progress()).isEqualTo(before + 1);
        assertThat(find("#orientation-progress-text").getText()).contains(String.valueOf(before + 1));
        assertThat(find("#" + step).getAttribute("class")).contains("step-done");
    }

    private int progress() {
        return Integer.parseInt(find("#orientation-progress").getAttribute("value"));
    }

    private int maximum() {
        return Integer.parseInt(find("#orientation-progress").getAttribute("max"));
    }
}
