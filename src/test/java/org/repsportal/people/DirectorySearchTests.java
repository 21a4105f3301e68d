package org.repsportal.people;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.repsportal.platform.PageResult;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Directory#search} on the embedded PostgreSQL. Each test names its people with a word of its own
 * and searches for it, so the other tests' people do not get in the way.
 */
@PortalTest
class DirectorySearchTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    Directory directory;

    @Autowired
    People people;

    @Autowired
    Program program;

    private static String word() {
        return "Qz" + (char) ('a' + SEQUENCE.get() % 26) + "x" + SEQUENCE.incrementAndGet() + "w";
    }

    private Person person(String displayName, String fullName, String country, Set<String> areas, Role... roles) {
        return people.register(new NewPerson(displayName, fullName, "dir." + SEQUENCE.incrementAndGet() + "."
                + System.nanoTime() + "@directory.test", country, "Town", "UTC", Set.of("en"), areas, null,
                LocalDate.of(2024, 1, 1), EnumSet.of(roles[0], roles), PersonStatus.ACTIVE));
    }

    private List<String> names(DirectoryQuery query) {
        return directory.search(query, 0, 100).items().stream().map(DirectoryEntry::displayName).toList();
    }

    @Test
    void findsPeopleByDisplayNameOrFullNameIgnoringCase() {
        String word = word();
        person(word + " Alpha", "Alpha Person", "DE", Set.of("EVENTS"), Role.REP);
        person("Beta", "Beta " + word.toUpperCase() + " Person", "DE", Set.of("EVENTS"), Role.REP);
        person("Gamma", "Gamma Person", "DE", Set.of("EVENTS"), Role.REP);

        assertThat(names(new DirectoryQuery(word.toLowerCase(), null, null, null)))
                .containsExactly("Beta", word + " Alpha");
    }

    @Test
    void aTextOfOneOrTwoCharactersFindsTheDisplayNamesThatStartWithIt() {
        person("Ǫx Start", "Start Person", "DE", Set.of("EVENTS"), Role.REP);
        person("Middle Ǫx", "Middle Person", "DE", Set.of("EVENTS"), Role.REP);
        person("Full Name", "Ǫx Only In Full Name", "DE", Set.of("EVENTS"), Role.REP);

        assertThat(names(new DirectoryQuery("ǫx", null, null, null))).containsExactly("Ǫx Start");
        assertThat(names(new DirectoryQuery("ǫ", null, null, null))).containsExactly("Ǫx Start");
        assertThat(names(new DirectoryQuery("%", null, null, null))).doesNotContain("Ǫx Start", "Middle Ǫx");
    }

    @Test
    void wildcardsTypedIntoTheSearchAreTakenLiterally() {
        String word = word();
        person(word + " Plain", "Plain Person", "DE", Set.of("EVENTS"), Role.REP);
        person(word + "_50% Off", "Percent Person", "DE", Set.of("EVENTS"), Role.REP);

        assertThat(names(new DirectoryQuery(word + "_5", null, null, null))).containsExactly(word + "_50% Off");
        assertThat(names(new DirectoryQuery(word + "%", null, null, null))).isEmpty();
    }

    @Test
    void filtersByRole() {
        String word = word();
        person(word + " Mentor", "M", "DE", Set.of("EVENTS"), Role.REP, Role.MENTOR);
        person(word + " Rep", "R", "DE", Set.of("EVENTS"), Role.REP);

        assertThat(names(new DirectoryQuery(word, Role.MENTOR, null, null))).containsExactly(word + " Mentor");
        assertThat(names(new DirectoryQuery(word, Role.REP, null, null))).hasSize(2);
        assertThat(names(new DirectoryQuery(word, Role.COUNCIL, null, null))).isEmpty();
    }

    @Test
    void filtersByTheRegionOfThePersonsCountry() {
        String word = word();
        person(word + " Kenya", "K", "KE", Set.of("EVENTS"), Role.REP);
        person(word + " Germany", "G", "DE", Set.of("EVENTS"), Role.REP);
        person(word + " Brazil", "B", "BR", Set.of("EVENTS"), Role.REP);

        assertThat(names(new DirectoryQuery(word, null, "AFRICA", null))).containsExactly(word + " Kenya");
        assertThat(names(new DirectoryQuery(word, null, "LATAM", null))).containsExactly(word + " Brazil");
    }

    @Test
    void filtersByFunctionalArea() {
        String word = word();
        person(word + " Privacy", "P", "DE", Set.of("PRIVACY", "QA"), Role.REP);
        person(word + " Events", "E", "DE", Set.of("EVENTS"), Role.REP);

        assertThat(names(new DirectoryQuery(word, null, null, "QA"))).containsExactly(word + " Privacy");
    }

    @Test
    void combinesTheFilters() {
        String word = word();
        person(word + " Match", "M", "IN", Set.of("EDUCATION"), Role.REP, Role.MENTOR);
        person(word + " WrongRegion", "W", "DE", Set.of("EDUCATION"), Role.REP, Role.MENTOR);
        person(word + " WrongArea", "W", "IN", Set.of("EVENTS"), Role.REP, Role.MENTOR);
        person(word + " WrongRole", "W", "IN", Set.of("EDUCATION"), Role.REP);

        assertThat(names(new DirectoryQuery(word, Role.MENTOR, "ASIA", "EDUCATION"))).containsExactly(word + " Match");
    }

    @Test
    void pagesThroughTheResultsInNameOrderAndCountsThemAll() {
        String word = word();
        for (String letter : List.of("e", "B", "d", "A", "c")) {
            person(word + " " + letter, "Paged", "DE", Set.of("EVENTS"), Role.REP);
        }
        var query = new DirectoryQuery(word, null, null, null);

        PageResult<DirectoryEntry> first = directory.search(query, 0, 2);
        PageResult<DirectoryEntry> last = directory.search(query, 2, 2);

        assertThat(first.total()).isEqualTo(5);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(first.items()).extracting(DirectoryEntry::displayName).containsExactly(word + " A", word + " B");
        assertThat(directory.search(query, 1, 2).items()).extracting(DirectoryEntry::displayName)
                .containsExactly(word + " c", word + " d");
        assertThat(last.items()).extracting(DirectoryEntry::displayName).containsExactly(word + " e");
        assertThat(last.hasNext()).isFalse();
        assertThat(directory.search(query, 3, 2).items()).isEmpty();
        assertThat(directory.search(query, 3, 2).total()).isEqualTo(5);
    }

    @Test
    void eachEntryCarriesRolesPlaceAndTheCurrentMentor() {
        String word = word();
        Person mentor = person(word + " Mentor", "Mentor", "KE", Set.of("EVENTS"), Role.REP, Role.MENTOR);
        Person mentee = person(word + " Mentee", "Mentee", "KE", Set.of("EVENTS"), Role.REP);
        program.assign(mentee, mentor);

        List<DirectoryEntry> entries = directory.search(new DirectoryQuery(word, null, null, null), 0, 10).items();

        assertThat(entries).extracting(DirectoryEntry::displayName).containsExactly(word + " Mentee", word + " Mentor");
        DirectoryEntry menteeEntry = entries.get(0);
        assertThat(menteeEntry.mentorId()).isEqualTo(mentor.getId());
        assertThat(menteeEntry.roles()).containsExactly(Role.REP);
        assertThat(menteeEntry.regionCode()).isEqualTo("AFRICA");
        assertThat(menteeEntry.countryCode()).isEqualTo("KE");
        assertThat(menteeEntry.city()).isEqualTo("Town");
        assertThat(entries.get(1).mentorId()).isNull();
        assertThat(entries.get(1).roles()).containsExactly(Role.MENTOR, Role.REP);
    }
}
