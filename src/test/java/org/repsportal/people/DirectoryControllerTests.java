package org.repsportal.people;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repsportal.identity.AccessTokens;
import org.repsportal.identity.WebSliceSecurity;
import org.repsportal.platform.PageResult;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.repsportal.identity.WebSliceSecurity.signedIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(DirectoryController.class)
@Import(WebSliceSecurity.class)
class DirectoryControllerTests {

    private static final long READER = 5;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Directory directory;

    @MockitoBean
    Catalog catalog;

    @MockitoBean
    People people;

    @MockitoBean
    AccessTokens tokens;

    @BeforeEach
    void theCatalogKnowsEuropeAndEvents() {
        given(catalog.isRegion("EUROPE")).willReturn(true);
        given(catalog.isFunctionalArea("EVENTS")).willReturn(true);
        given(catalog.regions()).willReturn(List.of(new Catalog.Region("EUROPE", "Europe"), new Catalog.Region("ASIA", "Asia")));
        given(catalog.functionalAreas()).willReturn(List.of(new Catalog.FunctionalArea("EVENTS", "Events")));
        given(catalog.countryName(anyString())).willAnswer(call -> "DE".equals(call.getArgument(0)) ? "Germany" : "Kenya");
        given(directory.search(any(), anyInt(), anyInt())).willReturn(new PageResult<>(List.of(), 0, 20, 0));
    }

    @Test
    void searchesWithTheFiltersGivenAndListsPeopleWithTheirMentors() throws Exception {
        given(directory.search(new DirectoryQuery("ann", Role.MENTOR, "EUROPE", "EVENTS"), 0, PageResult.DEFAULT_SIZE))
                .willReturn(new PageResult<>(List.of(
                        new DirectoryEntry(11, "Anna K.", List.of(Role.MENTOR, Role.REP), "EUROPE", "DE", "Berlin", 30L),
                        new DirectoryEntry(12, "Annette", List.of(Role.MENTOR), "EUROPE", "DE", null, null)), 0, 20, 2));
        given(people.summaries(List.of(30L))).willReturn(Map.of(30L, new PersonSummary(30, "Marta Mentor")));

        mvc.perform(get("/people").param("q", "ann").param("role", "MENTOR").param("region", "EUROPE").param("area", "EVENTS")
                        .with(signedIn(people, READER, Role.REP)))
                .andExpect(status().isOk())
                .andExpect(view().name("people/directory"))
                .andExpect(model().attribute("query", new DirectoryQuery("ann", Role.MENTOR, "EUROPE", "EVENTS")))
                .andExpect(content().string(containsString("2 people")))
                .andExpect(content().string(containsString("href=\"/people/11\">Anna K.</a>")))
                .andExpect(content().string(containsString("Germany, Berlin")))
                .andExpect(content().string(containsString("href=\"/people/30\">Marta Mentor</a>")))
                .andExpect(content().string(containsString("value=\"ann\"")));
    }

    @Test
    void unknownRegionAndAreaCodesAreIgnored() throws Exception {
        mvc.perform(get("/people").param("region", "ATLANTIS").param("area", "<b>").with(signedIn(people, READER, Role.REP)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("query", new DirectoryQuery(null, null, null, null)));

        then(directory).should().search(new DirectoryQuery(null, null, null, null), 0, PageResult.DEFAULT_SIZE);
    }

    @Test
    void aNegativePageMeansTheFirstPage() throws Exception {
        given(directory.search(any(), eq(0), eq(PageResult.DEFAULT_SIZE))).willReturn(new PageResult<>(List.of(
                new DirectoryEntry(21, "Zoe", List.of(Role.REP), "EUROPE", "DE", null, null)), 0, 20, 1));

        mvc.perform(get("/people").param("page", "-3").with(signedIn(people, READER, Role.REP)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/people/21\">Zoe</a>")))
                .andExpect(content().string(not(containsString("Nobody matches"))));

        then(directory).should().search(any(), eq(0), eq(PageResult.DEFAULT_SIZE));
    }

    @Test
    void aLongListIsPagedWithLinksThatKeepTheFilters() throws Exception {
        given(directory.search(any(), eq(1), anyInt())).willReturn(new PageResult<>(List.of(
                new DirectoryEntry(21, "Zoe", List.of(Role.REP), "EUROPE", "DE", null, null)), 1, 20, 45));

        mvc.perform(get("/people?region=EUROPE&page=1").with(signedIn(people, READER, Role.REP)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("45 people")))
                .andExpect(content().string(containsString("Page 2 of 3")))
                .andExpect(content().string(containsString("href=\"/people?region=EUROPE&amp;page=0\"")))
                .andExpect(content().string(containsString("href=\"/people?region=EUROPE&amp;page=2\"")));
    }

    @Test
    void nobodyMatchingIsSaidInWords() throws Exception {
        mvc.perform(get("/people").param("q", "zzz").with(signedIn(people, READER, Role.REP)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nobody matches")))
                .andExpect(content().string(not(containsString("<table"))));
    }

    @Test
    void theDirectoryIsOnlyForSignedInPeople() throws Exception {
        mvc.perform(get("/people"))
                .andExpect(redirectedUrl("/login"));
        then(directory).shouldHaveNoInteractions();
    }
}
