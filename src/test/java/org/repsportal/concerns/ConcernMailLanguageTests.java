package org.repsportal.concerns;

import org.junit.jupiter.api.Test;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.support.Mailbox;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Mail about a concern is written in each recipient's language. */
@PortalTest
class ConcernMailLanguageTests {

    @Autowired
    Program program;

    @Autowired
    Mailbox mailbox;

    @Autowired
    People people;

    @Autowired
    Concerns concerns;

    @Test
    void theCouncilAndTheReporterReadConcernMailInTheLanguageTheyChose() {
        Person spanishCouncil = program.council("Consuelo Consejera");
        Person englishCouncil = program.council("Edmund Englishcouncil");
        Person reporter = program.rep("Rocío Reportera");
        Person about = program.rep("Anselmo Aludido");
        Person mentor = program.mentor("Marisol Mentora");
        program.assign(reporter, mentor);
        people.choosePortalLanguage(program.actor(mentor), mentor.getId(), "es");
        people.choosePortalLanguage(program.actor(spanishCouncil), spanishCouncil.getId(), "es");
        people.choosePortalLanguage(program.actor(reporter), reporter.getId(), "es");

        long id = concerns.raise(program.actor(reporter), new NewConcern("CONFLICT", about.getId(), "A conflict",
                "What happened", true, false)).getId();
        concerns.acknowledge(program.actor(englishCouncil), id);

        assertThat(lastSubject(spanishCouncil)).isEqualTo("Una nueva inquietud para el Consejo");
        assertThat(lastSubject(englishCouncil)).isEqualTo("A new concern for the Council");
        assertThat(lastSubject(mentor)).isEqualTo("Un mentorado te pide ayuda con un conflicto");
        assertThat(lastSubject(reporter)).isEqualTo("El Consejo acusó recibo de tu inquietud");
    }

    private String lastSubject(Person person) {
        return mailbox.to(person).in("COUNCIL").latest().subject();
    }
}
