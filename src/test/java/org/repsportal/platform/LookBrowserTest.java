package org.repsportal.platform;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.repsportal.demo.DemoProgram;
import org.repsportal.people.People;
import org.repsportal.support.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal's look where it matters to people. */
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
        desktopSized();
        signOut();
    }

    @Test
    void everyPersonInTheDirectoryHasAnAvatarWithTheirInitials() {
        signIn("mentor@example.org", "demo");
        open("/people?q=Ravi");
        assertThat(find("main table tbody tr .avatar").getText()).isEqualTo("RR");
        assertThat(find("main table tbody tr .avatar").getAttribute("aria-hidden")).isEqualTo("true");
    }

    /**
     * The demo mentor's six mentees on a phone: each a compact card, the whole "My mentees" section at most two screens
     * high, every link and button in the cards at least 24 px square and no text under 12 px.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theMentorsSixMenteesFitInTwoPhoneScreensWithTargetsLargeEnoughToTouch() throws Exception {
        signIn("mentor@example.org", "demo");
        phoneSized();
        open("/dashboard");
        screenshot("look-dashboard-mentees-390");
        assertThat(horizontalOverflow()).isLessThanOrEqualTo(0);

        var js = (JavascriptExecutor) browser;
        var measured = (Map<String, Object>) js.executeScript("""
                const section = document.querySelector("section[aria-labelledby='my-mentees']");
                const rows = [...section.querySelectorAll('#mentees-table tbody tr')];
                const targets = [...section.querySelectorAll('#mentees-table tbody tr a, #mentees-table tbody tr button, #mentees-table tbody tr summary')]
                    .filter(e => e.getClientRects().length > 0)
                    .map(e => e.getBoundingClientRect())
                    .map(r => Math.min(r.width, r.height));
                const fonts = [...section.querySelectorAll('#mentees-table tbody td, #mentees-table tbody td *')]
                    .map(e => parseFloat(getComputedStyle(e).fontSize));
                return {rows: rows.length, section: section.getBoundingClientRect().height,
                        sixRows: rows.length >= 6 ? rows[5].getBoundingClientRect().bottom - section.getBoundingClientRect().top : 0,
                        screen: window.innerHeight, smallestTarget: Math.min(...targets), targets: targets.length,
                        smallestFont: Math.min(...fonts), cardWidth: rows[0].getBoundingClientRect().width};""");
        long rows = ((Number) measured.get("rows")).longValue();
        double screen = ((Number) measured.get("screen")).doubleValue();
        double section = ((Number) measured.get("section")).doubleValue();
        double sixRows = ((Number) measured.get("sixRows")).doubleValue();
        System.out.println("mentees at 390 px: " + measured);

        assertThat(rows).as("the demo mentor's mentees").isGreaterThanOrEqualTo(6);
        if (rows == 6) {
            assertThat(section).as("the mentees section, in px, on a %s px high screen", screen).isLessThanOrEqualTo(2 * screen);
        }
        assertThat(sixRows).as("six mentees, in px from the section's top, on a %s px high screen", screen)
                .isLessThanOrEqualTo(2 * screen);
        assertThat(((Number) measured.get("cardWidth")).doubleValue()).as("a card keeps the width of the screen")
                .isGreaterThan(300);
        assertThat(((Number) measured.get("targets")).longValue()).isGreaterThanOrEqualTo(3 * rows);
        assertThat(((Number) measured.get("smallestTarget")).doubleValue()).as("the smallest link or button, in px")
                .isGreaterThanOrEqualTo(24);
        assertThat(((Number) measured.get("smallestFont")).doubleValue()).as("the smallest text, in px")
                .isGreaterThanOrEqualTo(12);
        List<String> labels = findAll("#mentees-table tbody tr:first-child td.cell-fact").stream()
                .map(cell -> (String) js.executeScript(
                        "return getComputedStyle(arguments[0], '::before').content;", cell)).toList();
        assertThat(labels).as("each fact is named on the card").allSatisfy(label -> assertThat(label).isNotIn("none", "normal", ""));
    }

    /** On a desktop the mentees stay a table whose names, dates and counts sit on one line, inside its panel. */
    @Test
    void onADesktopTheMenteesTableKeepsItsNamesOnOneLineInsideItsPanel() {
        signIn("mentor@example.org", "demo");
        desktopSized();
        open("/dashboard");
        var js = (JavascriptExecutor) browser;
        Number tableRight = (Number) js.executeScript("return document.querySelector('#mentees-table').getBoundingClientRect().right;");
        Number panelRight = (Number) js.executeScript(
                "return document.querySelector(\"section[aria-labelledby='my-mentees']\").getBoundingClientRect().right;");
        assertThat(tableRight.doubleValue()).as("the table's right edge within its panel's").isLessThanOrEqualTo(panelRight.doubleValue());
        assertThat(find("#mentees-table thead").isDisplayed()).isTrue();
        for (var name : findAll("#mentees-table tbody td.cell-title .person a")) {
            assertThat(name.getRect().getHeight()).as("%s on one line", name.getText()).isLessThan(40);
        }
        for (var date : findAll("#mentees-table tbody td.cell-fact a")) {
            assertThat(date.getRect().getHeight()).as("%s on one line", date.getText()).isLessThan(40);
        }
    }
}
