package org.repsportal.feedback;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.repsportal.demo.DemoProgram;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.people.Role;
import org.repsportal.support.BrowserTestSupport;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** An Admin makes a contact of an area, a Rep sends it feedback, the contact acknowledges and answers, the Rep reads it. */
@Import(Program.class)
class FeedbackBrowserTest extends BrowserTestSupport {

    @Autowired
    Program program;

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
    void feedbackGoesFromTheSenderToTheAreasContactAndTheAnswerComesBack() {
        Person contact = program.someone("Quirina Testcontact").from("BR", "Recife", "America/Recife").speaking("pt", "en").working("QA")
                .since(LocalDate.now().minusMonths(8)).as(Role.MENTOR);
        Person rep = program.someone("Bento Sender").from("BR", "Recife", "America/Recife").speaking("pt", "en").working("QA")
                .since(LocalDate.now().minusMonths(8)).as(Role.REP);

        signIn("admin@example.org", "demo");
        open("/admin/feedback/contacts?area=QA&q=Quirina");
        assertThat(find("main").getText()).contains("Quirina Testcontact").contains("Brazil");
        clickAndWaitForNextPage(find("main form[method='post'][action='/admin/feedback/contacts'] button"));
        checkAccessibility();
        assertThat(find(".alert-success").getText()).contains("The contact was added");
        assertThat(find("main").getText()).contains("Remove Quirina Testcontact from Quality assurance");

        signOut();
        signIn(rep.getEmail(), Program.PASSWORD);
        open("/feedback/new");
        new Select(find("#to")).selectByValue("QA");
        find("#text").sendKeys("The test days are announced too late for people in Latin America to join.");
        clickAndWaitForNextPage(find("main form[action='/feedback'] button[type=submit]"));
        checkAccessibility();
        assertThat(find("#error-summary").getText()).contains("Please give the feedback a subject.");
        assertThat(find("#text").getAttribute("value")).contains("announced too late");
        find("#subject").sendKeys("Announce test days earlier");
        clickAndWaitForNextPage(find("main form[action='/feedback'] button[type=submit]"));
        checkAccessibility();
        assertThat(path()).matches("/feedback/\\d+");
        String feedback = path();
        assertThat(find("main").getText()).contains("Announce test days earlier").contains("Received");

        signOut();
        signIn(contact.getEmail(), Program.PASSWORD);
        open("/feedback/inbox");
        phoneSized();
        assertThat(horizontalOverflow()).isLessThanOrEqualTo(0);
        desktopSized();
        clickAndWaitForNextPage(find("main a[href='" + feedback + "']"));
        checkAccessibility();
        assertThat(find("main").getText()).contains("Bento Sender").contains("announced too late");
        clickAndWaitForNextPage(find("main form[action='" + feedback + "/acknowledge'] button"));
        checkAccessibility();
        assertThat(find(".alert-success").getText()).contains("acknowledged");
        find("#answer").sendKeys("From next month test days are announced four weeks ahead.");
        clickAndWaitForNextPage(find("main form[action='" + feedback + "/answer'] button[type=submit]"));
        checkAccessibility();
        assertThat(find("main").getText()).contains("Answered by Quirina Testcontact");

        signOut();
        signIn(rep.getEmail(), Program.PASSWORD);
        open("/feedback");
        assertThat(find("main").getText()).contains("Announce test days earlier").contains("Answered");
        open(feedback);
        assertThat(find("main").getText()).contains("announced four weeks ahead");
        phoneSized();
        assertThat(horizontalOverflow()).isLessThanOrEqualTo(0);
        desktopSized();
    }
}
