package org.repsportal.budgets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.repsportal.demo.DemoProgram;
import org.repsportal.people.People;
import org.repsportal.support.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo mentor opens Ravi's budget request, sees the portal's flags beside the SOP's points, and passes it on. */
class MentorReviewBrowserTest extends BrowserTestSupport {

    @Autowired
    DemoProgram demoProgram;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void theDemoProgramIsThere() {
        if (people.findByEmail("mentor@example.org").isEmpty()) {
            demoProgram.seed(60);
        }
        desktopSized();
        signOut();
    }

    @Test
    void theMentorSeesTheFlagsOfEachPointAndPassesTheRequestOnToTheCouncil() {
        long ravi = people.findByEmail("rep@example.org").orElseThrow().getId();
        long id = jdbc.sql("select id from budget_requests where requester_id = ? and state = 'MENTOR_REVIEW' order by id desc limit 1")
                .param(ravi).query(Long.class).single();
        signIn("mentor@example.org", "demo");

        open("/budgets/" + id + "/review");
        checkAccessibility();
        assertThat(findAll("#review-form fieldset legend")).hasSize(6);
        assertThat(findAll(".flag")).extracting(e -> e.getAttribute("data-flag"))
                .contains("travel-line", "untimed-items", "catering-above-p75");
        assertThat(find("#point-agenda").getText()).contains("untimed");
        assertThat(find("#point-costs").getText()).contains("75th");

        for (String point : new String[] {"metrics", "lessons", "savings", "agenda", "costs"}) {
            find("#ok-" + point).click();
        }
        find("#concern-travel").click();
        find("#note-travel").sendKeys("Could the speaker join online?");
        find("#rationale").sendKeys("Catering is far above what the program usually pays; the Council should look at it.");
        clickAndWaitForNextPage(find("#pass-on"));
        checkAccessibility();

        assertThat(find(".alert-success").getText()).contains("goes to the Council");
        assertThat(find("#state").getText()).isEqualTo("Waiting for the Council’s decision");
        assertThat(findAll("#history li")).extracting(WebElement::getText).anyMatch(t -> t.contains("Passed on by the mentor"));
    }
}
