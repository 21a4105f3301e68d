package org.repsportal.mentorship;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
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

/** A mentor steps down, the Council accepts a proposal for one mentee, and that mentee sees the new mentor. */
class StepDownBrowserTest extends BrowserTestSupport {

    private static final String PASSWORD = "step down together";

    @Autowired
    DemoProgram demoProgram;

    @Autowired
    People people;

    @Autowired
    Accounts accounts;

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

    private Person person(String name, Role... roles) {
        String email = name.toLowerCase() + "." + System.nanoTime() + "@stepdown.test";
        Person person = people.register(new NewPerson(name, name + " Fullname", email, "KE", "Nairobi", "Africa/Nairobi",
                Set.of("en", "sw"), Set.of("EVENTS"), null, LocalDate.now().minusMonths(3), EnumSet.of(roles[0], roles),
                PersonStatus.ACTIVE));
        accounts.open(person.getId(), email, PASSWORD);
        return person;
    }

    @Test
    void theMentorStepsDownTheCouncilAcceptsAProposalAndTheMenteeSeesTheNewMentor() {
        Person mentor = person("Stepping", Role.REP, Role.MENTOR);
        Person first = person("Wanjiru", Role.REP);
        Person second = person("Otieno", Role.REP);
        var council = people.actorFor(people.findByEmail("council@example.org").orElseThrow().getId()).orElseThrow();
        mentorships.assign(council, new AssignMentor(first.getId(), mentor.getId(), AssignmentKind.PERMANENT, "test"));
        mentorships.assign(council, new AssignMentor(second.getId(), mentor.getId(), AssignmentKind.PERMANENT, "test"));

        signIn(mentor.getEmail(), PASSWORD);
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
        signIn(first.getEmail(), PASSWORD);
        open("/dashboard");
        assertThat(find("main").getText()).contains(newMentor);
        open("/people/" + first.getId());
        assertThat(find("main").getText()).contains(newMentor);
        checkAccessibility();
    }
}
