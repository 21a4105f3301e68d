package org.repsportal.people;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.ForbiddenException;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.NotFoundException;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.list;

/** The people module on its own (no mentorship module), against the embedded PostgreSQL. */
@ApplicationModuleTest
@Import(Program.class)
class PeopleModuleTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    Program program;

    @Autowired
    People people;

    @Autowired
    Profiles profiles;

    @Autowired
    Catalog catalog;

    private NewPerson newPerson(String name, String country, String zone, Set<String> languages, Role... roles) {
        return new NewPerson(name, name + " Fullname", name.toLowerCase() + "." + SEQUENCE.incrementAndGet() + "@people.test",
                country, "Somewhere", zone, languages, Set.of("EVENTS"), "Hi", LocalDate.of(2022, 3, 4),
                EnumSet.of(roles[0], roles), PersonStatus.ACTIVE);
    }

    private static ProfileChanges changes(String displayName, String country, String zone, Set<String> languages) {
        return new ProfileChanges(displayName, displayName + " Fullname", country, "  Lyon  ", zone, languages,
                Set.of("PRIVACY", "QA"), "  ");
    }

    @Test
    void aRegisteredPersonIsStoredWithTheirLanguagesAreasAndRoles() {
        Person stored = people.register(newPerson("Lea", "FR", "Europe/Paris", Set.of("fr", "en"), Role.REP, Role.MENTOR));

        Person read = people.get(stored.getId());
        assertThat(read.getLanguages()).containsExactlyInAnyOrder("fr", "en");
        assertThat(read.getFunctionalAreas()).containsExactly("EVENTS");
        assertThat(read.getRoles()).containsExactlyInAnyOrder(Role.REP, Role.MENTOR);
        assertThat(people.findByEmail(read.getEmail().toUpperCase())).map(Person::getId).contains(stored.getId());
    }

    @Test
    void aPersonRegisteredAsAlumniKeepsThatStatusAndIsNotListedAsActive() {
        NewPerson alumnus = newPerson("Alf", "DE", "Europe/Berlin", Set.of("en"), Role.ALUMNI, Role.MENTOR);
        Person stored = people.register(new NewPerson(alumnus.displayName(), alumnus.fullName(), alumnus.email(),
                alumnus.countryCode(), alumnus.city(), alumnus.timeZone(), alumnus.languages(), alumnus.functionalAreas(),
                alumnus.bio(), alumnus.joinedOn(), alumnus.roles(), PersonStatus.ALUMNI));

        assertThat(people.get(stored.getId()).getStatus()).isEqualTo(PersonStatus.ALUMNI);
        assertThat(people.activeWithRole(Role.MENTOR)).extracting(PersonSummary::id).doesNotContain(stored.getId());
    }

    @Test
    void registeringWithCodesOutsideTheCatalogIsRefusedFieldByField() {
        assertThatThrownBy(() -> people.register(newPerson("Xan", "XX", "Mars/Base", Set.of("kl"), Role.REP)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems(), list(FieldProblem.class))
                .extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("countryCode", "timeZone", "languages");
    }

    @Test
    void aPersonChangesTheirOwnProfile() {
        Person person = program.rep("Ines");
        Actor self = people.actorFor(person.getId()).orElseThrow();

        people.updateProfile(self, person.getId(), changes("Inès", "FR", "Europe/Paris", Set.of("fr")));

        Person read = people.get(person.getId());
        assertThat(read.getDisplayName()).isEqualTo("Inès");
        assertThat(read.getCountryCode()).isEqualTo("FR");
        assertThat(read.getCity()).isEqualTo("Lyon");
        assertThat(read.getBio()).isNull();
        assertThat(read.getLanguages()).containsExactly("fr");
        assertThat(read.getFunctionalAreas()).containsExactlyInAnyOrder("PRIVACY", "QA");
    }

    @Test
    void invalidChangesAreRefusedAndNothingIsSaved() {
        Person person = program.rep("Ivo");
        Actor self = people.actorFor(person.getId()).orElseThrow();

        assertThatThrownBy(() -> people.updateProfile(self, person.getId(),
                changes("Ivo Changed", "DE", "Europe/Atlantis", Set.of("en"))))
                .isInstanceOf(InvalidInputException.class);

        assertThat(people.get(person.getId()).getDisplayName()).isEqualTo("Ivo");
    }

    @Test
    void someoneElsesProfileCannotBeChanged() {
        Person owner = program.rep("Olga");
        Actor councillor = program.actor(program.person("Cai", Role.COUNCIL));

        assertThatThrownBy(() -> people.updateProfile(councillor, owner.getId(), changes("Hacked", "DE", "Europe/Berlin", Set.of())))
                .isInstanceOf(ForbiddenException.class);
        assertThat(people.get(owner.getId()).getDisplayName()).isEqualTo("Olga");
    }

    @Test
    void anAdminChangesAnyonesProfile() {
        Person owner = program.rep("Ole");
        Actor admin = program.actor(program.person("Ada", Role.ADMIN));

        people.updateProfile(admin, owner.getId(), changes("Ole B.", "DE", "Europe/Berlin", Set.of("de")));

        assertThat(people.get(owner.getId()).getDisplayName()).isEqualTo("Ole B.");
    }

    @Test
    void grantingARoleTwiceCountsAtOnceAndOneRevokingTakesItAway() {
        Person person = program.rep("Gus");

        people.grantRole(person.getId(), Role.MENTOR);
        people.grantRole(person.getId(), Role.MENTOR);

        assertThat(people.actorFor(person.getId()).orElseThrow().has(Role.MENTOR)).isTrue();

        people.revokeRole(person.getId(), Role.MENTOR);

        assertThat(people.actorFor(person.getId()).orElseThrow().has(Role.MENTOR)).isFalse();
    }

    @Test
    void anUnknownPersonIsNotFound() {
        assertThatThrownBy(() -> people.get(987_654_321L)).isInstanceOf(NotFoundException.class);
        assertThat(people.actorFor(987_654_321L)).isEmpty();
    }

    @Test
    void withoutTheMentorshipModuleAProfileHasNoMentorAndOthersDoNotSeeTheEmail() {
        Person person = program.rep("Pia");
        Actor stranger = program.actor(program.person("Sam", Role.REP));
        Actor self = people.actorFor(person.getId()).orElseThrow();

        ProfileView seenByStranger = profiles.view(stranger, person.getId());
        assertThat(seenByStranger.mentor()).isNull();
        assertThat(seenByStranger.mentees()).isEmpty();
        assertThat(seenByStranger.email()).isNull();
        assertThat(seenByStranger.editable()).isFalse();
        assertThat(seenByStranger.regionName()).isEqualTo("Europe");
        assertThat(seenByStranger.countryName()).isEqualTo("Germany");
        assertThat(seenByStranger.languages()).containsExactly("English");

        ProfileView seenBySelf = profiles.view(self, person.getId());
        assertThat(seenBySelf.email()).isEqualTo(person.getEmail());
        assertThat(seenBySelf.editable()).isTrue();
    }

    @Test
    void theCatalogComesFromTheMigrations() {
        assertThat(catalog.regions()).extracting(Catalog.Region::code)
                .containsExactlyInAnyOrder("AFRICA", "ASIA", "EUROPE", "LATAM", "NORTH_AMERICA");
        assertThat(catalog.regionOfCountry("KE")).map(Catalog.Region::code).contains("AFRICA");
        assertThat(catalog.isLanguage("sw")).isTrue();
        assertThat(catalog.isFunctionalArea("BAKING")).isFalse();
        assertThat(catalog.activityType("ORGANIZED_EVENT")).map(Catalog.ActivityType::verifiable).contains(true);
    }

    @Test
    void summariesNameManyPeopleInOneGo() {
        Person zed = program.rep("Zed");
        Person amy = program.rep("amy");

        assertThat(people.summariesInOrder(List.of(zed.getId(), amy.getId(), 987_654_321L)))
                .containsExactly(new PersonSummary(amy.getId(), "amy"), new PersonSummary(zed.getId(), "Zed"));
        assertThat(people.summaries(List.of())).isEmpty();
    }
}
