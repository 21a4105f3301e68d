package org.repsportal.platform;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
        signOut();
    }

    @Test
    void everyPersonInTheDirectoryHasAnAvatarWithTheirInitials() {
        signIn("mentor@example.org", "demo");
        open("/people?q=Ravi");
        assertThat(find("main table tbody tr .avatar").getText()).isEqualTo("RR");
        assertThat(find("main table tbody tr .avatar").getAttribute("aria-hidden")).isEqualTo("true");
    }
}
