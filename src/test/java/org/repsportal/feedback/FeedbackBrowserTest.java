package org.repsportal.feedback;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.repsportal.demo.DemoProgram;
import org.repsportal.identity.Accounts;
import org.repsportal.people.NewPerson;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.people.PersonStatus;
import org.repsportal.people.Role;
import org.repsportal.support.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** An Admin makes a contact of an area, a Rep sends it feedback, the contact acknowledges and answers, the Rep reads it. */
class FeedbackBrowserTest extends BrowserTestSupport {

    private static final String PASSWORD = "feedback goes somewhere";

    @Autowired
    DemoProgram demoProgram;

    @Autowired
    People people;

    @Autowired
    Accounts accounts;

    @BeforeEach
    void theDemoProgramIsThere() {
        if (people.findByEmail("mentor@example.org").isEmpty()) {
            demoProgram.seed(60);
        }
        desktopSized();
        signOut();
    }

    private Person person(String name, Role role) {
        String email = name.toLowerCase().replace(' ', '.') + "." + System.nanoTime() + "@feedback.test";
        Person person = people.register(new NewPerson(name, name + " Fullname", email, "BR", "Recife", "America/Recife",
                Set.of("pt", "en"), Set.of("QA"), null, LocalDate.now().minusMonths(8), EnumSet.of(role), PersonStatus.ACTIVE));
        accounts.open(person.getId(), email, PASSWORD);
        return person;
    }

    @Test
    void feedbackGoesFromTheSenderToTheAreasContactAndTheAnswerComesBack() {
        Person contact = person("Quirina Testcontact", Role.MENTOR);
        Person rep = person("Bento Sender", Role.REP);

        signIn("admin@example.org", "demo");
        open("/admin/feedback/contacts?area=QA&q=Quirina");
        assertThat(find("main").getText()).contains("Quirina Testcontact").contains("Brazil");
        clickAndWaitForNextPage(find("main form[method='post'][action='/admin/feedback/contacts'] button"));
        checkAccessibility();
        assertThat(find(".alert-success").getText()).contains("The contact was added");
        assertThat(find("main").getText()).contains("Remove Quirina Testcontact from Quality assurance");

        signOut();
        signIn(rep.getEmail(), PASSWORD);
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
        signIn(contact.getEmail(), PASSWORD);
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
        signIn(rep.getEmail(), PASSWORD);
        open("/feedback");
        assertThat(find("main").getText()).contains("Announce test days earlier").contains("Answered");
        open(feedback);
        assertThat(find("main").getText()).contains("announced four weeks ahead");
        phoneSized();
        assertThat(horizontalOverflow()).isLessThanOrEqualTo(0);
        desktopSized();
    }
}
