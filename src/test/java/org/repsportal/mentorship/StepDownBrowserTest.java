package org.repsportal.mentorship;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.repsportal.demo.DemoProgram;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.support.BrowserTestSupport;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** A mentor steps down, the Council accepts a proposal for one mentee, and that mentee sees the new mentor. */
@Import(Program.class)
class StepDownBrowserTest extends BrowserTestSupport {

    @Autowired
    Program program;

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
    void theMentorStepsDownTheCouncilAcceptsAProposalAndTheMenteeSeesTheNewMentor() {
        Person mentor = program.someone("Stepping").from("KE", "Nairobi", "Africa/Nairobi").speaking("en", "sw")
                .since(LocalDate.now().minusMonths(3)).mentor();
        Person first = program.someone("Wanjiru").from("KE", "Nairobi", "Africa/Nairobi").speaking("en", "sw")
                .since(LocalDate.now().minusMonths(3)).rep();
        Person second = program.someone("Otieno").from("KE", "Nairobi", "Africa/Nairobi").speaking("en", "sw")
                .since(LocalDate.now().minusMonths(3)).rep();
        var council = people.actorFor(people.findByEmail("council@example.org").orElseThrow().getId()).orElseThrow();
        mentorships.assign(council, new AssignMentor(first.getId(), mentor.getId(), AssignmentKind.PERMANENT, "test"));
        mentorships.assign(council, new AssignMentor(second.getId(), mentor.getId(), AssignmentKind.PERMANENT, "test"));

        signIn(mentor.getEmail(), Program.PASSWORD);
        open("/mentorship/step-down");
        checkAccessibility();
        assertThat(find("#body").getAttribute("value")).contains("stepping down");
        clickAndWaitForNextPage(find("#step-down-submit"));
        checkAccessibility();
        assertThat(path()).startsWith("/mentorship/step-downs/");
        String stepDown = path();

        signOut();
        signIn("council@example.org", "demo");
        open(stepDown);
        checkAccessibility();
        WebElement accept = find("#mentee-" + first.getId() + " .accept-proposal");
        String newMentor = accept.findElement(org.openqa.selenium.By.xpath("./preceding-sibling::span/strong")).getText();
        clickAndWaitForNextPage(accept);
        checkAccessibility();
        assertThat(find(".alert-success").getText()).contains("The new mentor is assigned");
        assertThat(findAll("#mentee-" + first.getId())).isEmpty();
        assertThat(findAll("#mentee-" + second.getId())).hasSize(1);
        phoneSized();
        assertThat(horizontalOverflow()).isLessThanOrEqualTo(0);
        desktopSized();

        signOut();
        signIn(first.getEmail(), Program.PASSWORD);
        open("/dashboard");
        assertThat(find("main").getText()).contains(newMentor);
        open("/people/" + first.getId());
        assertThat(find("main").getText()).contains(newMentor);
        checkAccessibility();
    }
}
