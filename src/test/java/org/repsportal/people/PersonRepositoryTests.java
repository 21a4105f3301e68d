package org.repsportal.people;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every query of {@link PersonRepository}, on the embedded PostgreSQL. */
@PortalTest
class PersonRepositoryTests {

    @Autowired
    PersonRepository persons;

    @Autowired
    People people;

    @Autowired
    Program program;

    private static List<Long> ids(List<Object[]> rows) {
        return rows.stream().map(row -> ((Number) row[0]).longValue()).toList();
    }

    private Person registered(String name, PersonStatus status, Role... roles) {
        return people.register(new NewPerson(name, name + " Fullname", name.toLowerCase() + "." + System.nanoTime()
                + "@repo.test", "DE", null, "Europe/Berlin", Set.of(), Set.of(), null, LocalDate.of(2024, 1, 1),
                EnumSet.of(roles[0], roles), status));
    }

    @Test
    void findsAPersonByEmailWhateverTheCase() {
        Person person = program.rep("Casey");

        assertThat(persons.findByEmail(person.getEmail().toUpperCase())).map(Person::getId).contains(person.getId());
        assertThat(persons.findByEmail("nobody." + person.getEmail())).isEmpty();
    }

    @Test
    void twoPeopleCannotShareAnEmailInAnyCase() {
        Person person = program.rep("Dora");
        var twin = new Person("Twin", "Twin Fullname", person.getEmail().toUpperCase(), "DE", "Europe/Berlin",
                LocalDate.of(2024, 1, 1), Set.of(Role.REP));

        assertThatThrownBy(() -> persons.saveAndFlush(twin)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void findsActivePeopleWithARoleOrderedByNameIgnoringCase() {
        Person zora = registered("zora-active-mentor", PersonStatus.ACTIVE, Role.MENTOR);
        Person anna = registered("Anna-active-mentor", PersonStatus.ACTIVE, Role.REP, Role.MENTOR);
        Person alumna = registered("Alma-alumni-mentor", PersonStatus.ALUMNI, Role.MENTOR);
        Person rep = registered("Bert-active-rep", PersonStatus.ACTIVE, Role.REP);

        List<Long> mentors = ids(persons.findActiveWithRole("MENTOR"));

        assertThat(mentors).contains(anna.getId(), zora.getId()).doesNotContain(alumna.getId(), rep.getId());
        assertThat(mentors.indexOf(anna.getId())).isLessThan(mentors.indexOf(zora.getId()));
        assertThat(persons.findActiveWithRole("MENTOR")).filteredOn(row -> ((Number) row[0]).longValue() == anna.getId())
                .singleElement().satisfies(row -> assertThat(row[1]).isEqualTo("Anna-active-mentor"));
    }

    @Test
    void findsTheNamesOfExactlyTheGivenPeople() {
        Person a = program.rep("Nameone");
        Person b = program.rep("Nametwo");
        program.rep("Namethree");

        List<Object[]> rows = persons.findNames(new Long[] {a.getId(), b.getId(), 987_654_321L});

        assertThat(ids(rows)).containsExactlyInAnyOrder(a.getId(), b.getId());
        assertThat(rows).extracting(row -> row[1]).containsExactlyInAnyOrder("Nameone", "Nametwo");
    }

    @Test
    void countsEveryone() {
        long before = persons.count();

        program.rep("Counted");

        assertThat(persons.count()).isEqualTo(before + 1);
    }

    @Test
    void rolesLanguagesAndAreasAreReadWithThePerson() {
        Person person = program.mentor("Loaded");

        Person read = persons.findById(person.getId()).orElseThrow();

        assertThat(read.getRoles()).containsExactlyInAnyOrder(Role.REP, Role.MENTOR);
        assertThat(read.getLanguages()).containsExactly("en");
        assertThat(read.getFunctionalAreas()).containsExactly("EVENTS");
        assertThat(read.getVersion()).isZero();
    }
}
