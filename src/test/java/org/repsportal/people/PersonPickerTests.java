package org.repsportal.people;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The one person picker: labels that say name, country and role and never read the same twice, and the search
 * behind every picker, which offers only whom the viewer may pick for the purpose.
 */
@PortalTest
class PersonPickerTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    PersonPicker picker;

    @Autowired
    People people;

    @Autowired
    Program program;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** A name no other test uses, so that searching for it finds only this test's people. */
    private static String name() {
        return "Pickwick Qv" + (char) ('a' + SEQUENCE.get() % 26) + SEQUENCE.incrementAndGet();
    }

    private static String localPart(Person person) {
        return person.getEmail().substring(0, person.getEmail().indexOf('@'));
    }

    private static List<String> optionTexts(String html) {
        return Jsoup.parseBodyFragment("<select>" + html + "</select>").select("option").stream()
                .filter(o -> !o.attr("value").isEmpty()).map(o -> o.text()).toList();
    }

    @Test
    void anOptionSaysNameCountryAndTheRoleThatSaysMost() {
        String name = name();
        Person mentor = program.someone(name).email("ana").from("PE", "Lima", "UTC").mentor();

        assertThat(picker.options(List.of(mentor.getId())))
                .singleElement().satisfies(o -> {
                    assertThat(o.label()).isEqualTo(name + " · Peru · Mentor");
                    assertThat(o.displayName()).isEqualTo(name);
                    assertThat(o.id()).isEqualTo(mentor.getId());
                });
    }

    @Test
    void twoPeopleOfOneNameAreToldApartByTheirCityElseTheirEmailsLocalPart() {
        String name = name();
        Person inLima = program.someone(name).email("ana.lima").from("PE", "Lima", "UTC").rep();
        Person inCusco = program.someone(name).email("ana.cusco").from("PE", "Cusco", "UTC").rep();
        Person elsewhere = program.someone(name).email("ana.berlin").from("DE", "Berlin", "UTC").rep();

        List<String> labels = picker.options(List.of(inLima.getId(), inCusco.getId(), elsewhere.getId())).stream()
                .map(PersonOption::label).toList();
        assertThat(labels).doesNotHaveDuplicates()
                .containsExactlyInAnyOrder(name + " · Peru · Rep · Lima", name + " · Peru · Rep · Cusco", name + " · Germany · Rep");

        Person sameCity = program.someone(name).email("ana.garcia").from("PE", "Lima", "UTC").rep();
        List<String> again = picker.options(List.of(inLima.getId(), sameCity.getId())).stream().map(PersonOption::label).toList();
        assertThat(again).doesNotHaveDuplicates().containsExactlyInAnyOrder(
                name + " · Peru · Rep · " + localPart(inLima), name + " · Peru · Rep · " + localPart(sameCity));
    }

    @Test
    void theSearchNeverOffersTwoOptionsThatReadTheSameAndShowsNoIds() throws Exception {
        String name = name();
        Person viewer = program.rep("Searching Sven");
        Person one = program.rep(name);
        Person two = program.rep(name);

        String html = mvc.perform(get("/people/pick").param("purpose", "ANYONE").param("q", name)
                        .header("Authorization", Program.bearer(viewer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        List<String> options = optionTexts(html);
        assertThat(options).hasSize(2).doesNotHaveDuplicates()
                .allSatisfy(o -> assertThat(o).startsWith(name + " · Germany · Rep · ").doesNotContain("#"));
        assertThat(html).contains("value=\"" + one.getId() + "\"", "value=\"" + two.getId() + "\"");
    }

    @Test
    void aMentorPicksOnlyAmongTheirOwnMentees() throws Exception {
        String name = name();
        Person mentor = program.mentor("Picking Mentor");
        Person mine = program.menteeOf(mentor, name + " Mine");
        Person notMine = program.rep(name + " Other");

        String html = mvc.perform(get("/people/pick").param("purpose", "MENTEE").param("q", name)
                        .header("Authorization", Program.bearer(mentor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("value=\"" + mine.getId() + "\"").doesNotContain("value=\"" + notMine.getId() + "\"");
    }

    @Test
    void onlyWhoMayPickForAPurposeGetsItsOptions() throws Exception {
        Person rep = program.rep("Curious Rep");
        Person mentor = program.mentor("Curious Mentor");
        Person council = program.council("Curious Council");

        mvc.perform(get("/people/pick").param("purpose", "MENTOR").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/people/pick").param("purpose", "MENTEE").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/people/pick").param("purpose", "REP").header("Authorization", Program.bearer(mentor)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/people/pick").param("purpose", "REP").header("Authorization", Program.bearer(council)))
                .andExpect(status().isOk());
        mvc.perform(get("/people/pick").param("purpose", "MENTOR").header("Authorization", Program.bearer(mentor)))
                .andExpect(status().isOk());
        mvc.perform(get("/people/pick").param("purpose", "DELEGATE").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isOk());
        mvc.perform(get("/people/pick").param("purpose", "EVERYBODY").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/people/pick").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/people/pick").param("purpose", "ANYONE"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theViewerAndErasedPeopleAreNeverOffered() {
        String name = name();
        Person viewer = program.rep(name + " Self");
        Person other = program.rep(name + " Other");
        Person gone = program.rep(name + " Gone");
        jdbc.sql("update people set status = 'ERASED' where id = ?").param(gone.getId()).update();

        List<Long> offered = picker.search(program.actor(viewer), PickPurpose.ANYONE, name, null).stream()
                .map(PersonOption::id).toList();
        assertThat(offered).containsExactly(other.getId());
        assertThat(picker.search(program.actor(viewer), PickPurpose.DELEGATE, name, gone.getId())).extracting(PersonOption::id)
                .containsExactly(other.getId());
    }

    @Test
    void theChosenPersonStaysOfferedWhatTheTextFinds() {
        String name = name();
        Person viewer = program.rep("Choosing Chloe");
        Person chosen = program.rep(name + " Chosen");
        Person found = program.rep("Findable " + name);

        List<PersonOption> offered = picker.search(program.actor(viewer), PickPurpose.ANYONE, "Findable " + name, chosen.getId());
        assertThat(offered).extracting(PersonOption::id).containsExactlyInAnyOrder(chosen.getId(), found.getId());
    }

    @Test
    void aTypedNameIsOnePersonOnlyWhenExactlyOneMayBePickedWithIt() {
        String name = name();
        Person viewer = program.rep("Typing Tilda");
        Person alone = program.rep(name + " Alone");
        program.rep(name + " Twice");
        program.rep(name + " Twice");

        assertThat(picker.namedExactly(program.actor(viewer), PickPurpose.ANYONE, (name + " alone").toUpperCase()))
                .containsExactly(alone.getId());
        assertThat(picker.namedExactly(program.actor(viewer), PickPurpose.ANYONE, name + " Twice")).hasSize(2);
        assertThat(picker.namedExactly(program.actor(viewer), PickPurpose.ANYONE, name + " Nobody")).isEmpty();
    }
}
