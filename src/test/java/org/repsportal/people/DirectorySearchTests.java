package org.repsportal.people;

import java.util.List;
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
    Program program;

    private static String word() {
        return "Qz" + (char) ('a' + SEQUENCE.get() % 26) + "x" + SEQUENCE.incrementAndGet() + "w";
    }

    private List<String> names(DirectoryQuery query) {
        return directory.search(query, 0, 100).items().stream().map(DirectoryEntry::displayName).toList();
    }

    @Test
    void findsPeopleByDisplayNameOrFullNameIgnoringCase() {
        String word = word();
        program.someone(word + " Alpha").fullName("Alpha Person").from("DE").rep();
        program.someone("Beta").fullName("Beta " + word.toUpperCase() + " Person").from("DE").rep();
        program.someone("Gamma").fullName("Gamma Person").from("DE").rep();

        assertThat(names(new DirectoryQuery(word.toLowerCase(), null, null, null)))
                .containsExactly("Beta", word + " Alpha");
    }

    @Test
    void aTextOfOneOrTwoCharactersFindsTheDisplayNamesThatStartWithIt() {
        program.someone("Ǫx Start").fullName("Start Person").from("DE").rep();
        program.someone("Middle Ǫx").fullName("Middle Person").from("DE").rep();
        program.someone("Full Name").fullName("Ǫx Only In Full Name").from("DE").rep();

        assertThat(names(new DirectoryQuery("ǫx", null, null, null))).containsExactly("Ǫx Start");
        assertThat(names(new DirectoryQuery("ǫ", null, null, null))).containsExactly("Ǫx Start");
        assertThat(names(new DirectoryQuery("%", null, null, null))).doesNotContain("Ǫx Start", "Middle Ǫx");
    }

    @Test
    void wildcardsTypedIntoTheSearchAreTakenLiterally() {
        String word = word();
        program.someone(word + " Plain").fullName("Plain Person").from("DE").rep();
        program.someone(word + "_50% Off").fullName("Percent Person").from("DE").rep();

        assertThat(names(new DirectoryQuery(word + "_5", null, null, null))).containsExactly(word + "_50% Off");
        assertThat(names(new DirectoryQuery(word + "%", null, null, null))).isEmpty();
    }

    @Test
    void filtersByRole() {
        String word = word();
        program.someone(word + " Mentor").fullName("M").from("DE").mentor();
        program.someone(word + " Rep").fullName("R").from("DE").rep();

        assertThat(names(new DirectoryQuery(word, Role.MENTOR, null, null))).containsExactly(word + " Mentor");
        assertThat(names(new DirectoryQuery(word, Role.REP, null, null))).hasSize(2);
        assertThat(names(new DirectoryQuery(word, Role.COUNCIL, null, null))).isEmpty();
    }

    @Test
    void filtersByTheRegionOfThePersonsCountry() {
        String word = word();
        program.someone(word + " Kenya").fullName("K").from("KE").rep();
        program.someone(word + " Germany").fullName("G").from("DE").rep();
        program.someone(word + " Brazil").fullName("B").from("BR").rep();

        assertThat(names(new DirectoryQuery(word, null, "AFRICA", null))).containsExactly(word + " Kenya");
        assertThat(names(new DirectoryQuery(word, null, "LATAM", null))).containsExactly(word + " Brazil");
    }

    @Test
    void filtersByFunctionalArea() {
        String word = word();
        program.someone(word + " Privacy").fullName("P").from("DE").working("PRIVACY", "QA").rep();
        program.someone(word + " Events").fullName("E").from("DE").rep();

        assertThat(names(new DirectoryQuery(word, null, null, "QA"))).containsExactly(word + " Privacy");
    }

    @Test
    void combinesTheFilters() {
        String word = word();
        program.someone(word + " Match").fullName("M").from("IN").working("EDUCATION").mentor();
        program.someone(word + " WrongRegion").fullName("W").from("DE").working("EDUCATION").mentor();
        program.someone(word + " WrongArea").fullName("W").from("IN").mentor();
        program.someone(word + " WrongRole").fullName("W").from("IN").working("EDUCATION").rep();

        assertThat(names(new DirectoryQuery(word, Role.MENTOR, "ASIA", "EDUCATION"))).containsExactly(word + " Match");
    }

    @Test
    void pagesThroughTheResultsInNameOrderAndCountsThemAll() {
        String word = word();
        for (String letter : List.of("e", "B", "d", "A", "c")) {
            program.someone(word + " " + letter).fullName("Paged").from("DE").rep();
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
        Person mentor = program.someone(word + " Mentor").fullName("Mentor").from("KE", "Nairobi", "Africa/Nairobi").mentor();
        Person mentee = program.someone(word + " Mentee").fullName("Mentee").from("KE", "Town", "UTC").rep();
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
