package org.repsportal.people;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.repsportal.demo.DemoProgram;
import org.repsportal.support.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A mentor of the demo program uses the portal in Chromium, on a desktop and on a phone. */
class MentorProfileBrowserTest extends BrowserTestSupport {

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

    @AfterEach
    void backToDesktop() {
        desktopSized();
    }

    private List<String> mentees() {
        return findAll("#mentees li a").stream().map(WebElement::getText).toList();
    }

    @Test
    void aMentorSignsInAndSeesTheirMenteesOnTheirOwnProfile() {
        signIn("mentor@example.org", "demo");

        open("/profile");

        assertThat(path()).startsWith("/people/");
        assertThat(find("h1").getText()).isEqualTo("Maya Mentor");
        assertThat(mentees()).hasSizeGreaterThanOrEqualTo(6).contains("Ravi Rep");
        assertThat(find("main").getText()).contains("mentor@example.org");
    }

    @Test
    void theMentorFollowsAMenteeToTheirProfileAndMentorshipHistory() {
        signIn("mentor@example.org", "demo");
        open("/profile");

        clickAndWaitForNextPage(find("#mentees a[href]"));
        checkAccessibility();
        String mentee = path();
        assertThat(find("#mentor").getText()).isEqualTo("Maya Mentor");

        open(mentee + "/mentor");
        assertThat(findAll("table tbody tr")).isNotEmpty();
    }

    @Test
    void theMentorSearchesTheDirectory() {
        signIn("mentor@example.org", "demo");

        open("/people?q=Ravi");

        assertThat(findAll("table tbody tr")).extracting(WebElement::getText).anyMatch(row -> row.contains("Ravi Rep"));
        open("/people?role=MENTOR&region=ASIA");
        assertThat(findAll("table tbody tr")).isNotEmpty();
    }

    @Test
    void theMentorsOwnEditFormAndSettingsAreAccessible() {
        signIn("mentor@example.org", "demo");

        open("/profile/edit");
        assertThat(find("#displayName").getAttribute("value")).isEqualTo("Maya Mentor");

        find("#displayName").clear();
        clickAndWaitForNextPage(find("main form button[type=submit]"));
        checkAccessibility();
        assertThat(find("#error-summary").getText()).contains("Please fill this in.");

        open("/settings");
        assertThat(find("h1").getText()).isEqualTo("Settings");
    }

    @Test
    void theProfileAndTheDirectoryFitAPhoneWithoutScrollingSideways() {
        signIn("mentor@example.org", "demo");
        phoneSized();

        open("/profile");
        assertThat(viewportWidth()).as("the window is phone-sized").isLessThanOrEqualTo(400);
        assertThat(horizontalOverflow()).as("sideways scrolling on the profile").isLessThanOrEqualTo(0);
        assertThat(mentees()).contains("Ravi Rep");

        open("/people");
        assertThat(horizontalOverflow()).as("sideways scrolling in the directory").isLessThanOrEqualTo(0);
        assertThat(findAll("table tbody tr")).hasSizeGreaterThan(1);
    }

    @Test
    void theCouncilOpensTheChangeOfMentorFormAndIsToldWhatIsMissing() {
        long rep = people.findByEmail("rep@example.org").orElseThrow().getId();
        signIn("council@example.org", "demo");

        open("/people/" + rep);
        clickAndWaitForNextPage(find("a[href='/people/" + rep + "/mentor'].btn"));
        checkAccessibility();
        assertThat(findAll("#mentorId option")).hasSizeGreaterThan(8);

        find("#reason").clear();
        clickAndWaitForNextPage(find("main form button[type=submit]"));
        checkAccessibility();
        assertThat(find("#error-summary").getText()).contains("Please fill this in.");
        assertThat(find("#reason").getAttribute("aria-invalid")).isEqualTo("true");
    }

    @Test
    void theCouncilTypesInTheMentorPickerAndChoosesAMentorFromWhatItFinds() {
        long rep = people.findByEmail("rep@example.org").orElseThrow().getId();
        signIn("council@example.org", "demo");
        open("/people/" + rep + "/mentor");

        Select mentors = new Select(find("#mentorId"));
        String current = mentors.getFirstSelectedOption().getAttribute("value");
        WebElement other = mentors.getOptions().stream()
                .filter(o -> !o.getAttribute("value").isEmpty() && !o.getAttribute("value").equals(current))
                .findFirst().orElseThrow();
        String name = other.getText().substring(0, other.getText().indexOf(" · "));
        String otherId = other.getAttribute("value");
        assertThat(mentors.getOptions()).extracting(WebElement::getText).doesNotHaveDuplicates()
                .allSatisfy(text -> assertThat(text).doesNotContain("#"));

        find("#mentorId-search").sendKeys(name);
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> {
            List<String> texts = new Select(find("#mentorId")).getOptions().stream().map(WebElement::getText).skip(1).toList();
            return !texts.isEmpty() && texts.stream().allMatch(t -> t.startsWith(name + " · "));
        });
        mentors = new Select(find("#mentorId"));
        mentors.selectByValue(otherId);

        assertThat(mentors.getFirstSelectedOption().getText()).startsWith(name + " · ").containsAnyOf(" · Mentor", " · Council");
        assertThat(find("#mentorId").getAttribute("value")).isEqualTo(otherId);
        checkAccessibility();
    }

    @Test
    void theSignInPageSaysWhenTheEmailOrPasswordIsWrong() {
        open("/login");
        find("#username").sendKeys("mentor@example.org");
        find("#password").sendKeys("not demo");
        clickAndWaitForNextPage(find("main form[action='/login'] button[type=submit]"));
        checkAccessibility();

        assertThat(find(".alert-danger").getText()).isEqualTo("The email or password is not right.");
    }
}
