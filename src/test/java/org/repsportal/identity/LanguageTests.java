package org.repsportal.identity;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.platform.ForbiddenException;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.support.Mailbox;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The portal is written in English or Spanish: the person's choice, else the switcher's cookie for anonymous
 * visitors, else the browser's Accept-Language; mail follows the recipient's choice.
 */
@PortalTest
class LanguageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    Mailbox mailbox;

    @Autowired
    People people;

    @Autowired
    AccountInvitations invitations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebApplicationContext context;

    @BeforeEach
    void usePortalsCsrfTokenStore() {
        WebTestUtils.setCsrfTokenRepository(new MockHttpServletRequest(context.getServletContext()),
                SecurityConfiguration.csrfTokens());
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private long sessions() {
        return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
    }

    private String chosenLanguage(Person person) {
        String chosen = jdbc.sql("select coalesce(portal_language, '') from people where id = ?").param(person.getId())
                .query(String.class).single();
        return chosen.isEmpty() ? null : chosen;
    }

    @Test
    void theBrowsersLanguageChoosesSpanishAndAnythingElseGivesEnglish() throws Exception {
        Document spanish = page(get("/login").header("Accept-Language", "es-MX,es;q=0.9,en;q=0.5"));
        assertThat(spanish.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(spanish.select("h1").text()).isEqualTo("Iniciar sesión");
        assertThat(spanish.select("footer nav").attr("aria-label")).isEqualTo("Idioma");
        assertThat(spanish.select("footer nav a[lang=es]").attr("href")).isEqualTo("/login?lang=es");

        Document english = page(get("/login").header("Accept-Language", "de-DE,fr;q=0.8"));
        assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(english.select("h1").text()).isEqualTo("Sign in");

        assertThat(page(get("/login").header("Accept-Language", ";;not a header")).selectFirst("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void anAnonymousSwitchIsKeptInACookieAndMakesNoSession() throws Exception {
        long before = sessions();
        MvcResult result = mvc.perform(get("/login").param("lang", "es").header("Accept-Language", "en")).andReturn();

        assertThat(Jsoup.parse(result.getResponse().getContentAsString()).select("h1").text()).isEqualTo("Iniciar sesión");
        assertThat(result.getResponse().getCookie("SESSION")).isNull();
        Cookie choice = result.getResponse().getCookie(PortalLocaleResolver.COOKIE);
        assertThat(choice).isNotNull();
        assertThat(choice.getValue()).isEqualTo("es");
        assertThat(sessions()).isEqualTo(before);

        Document later = page(get("/login").cookie(choice).header("Accept-Language", "en"));
        assertThat(later.selectFirst("html").attr("lang")).isEqualTo("es");

        Document unknown = page(get("/login").param("lang", "xx-not-a-language").header("Accept-Language", "en"));
        assertThat(unknown.select("h1").text()).isEqualTo("Sign in");
        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void theSwitchOfASignedInPersonIsSavedAndWinsOverTheBrowser() throws Exception {
        Person rep = program.rep("Lucía");
        Cookie session = SignIn.as(mvc, rep);
        assertThat(page(get("/dashboard").cookie(session).header("Accept-Language", "en")).selectFirst("html").attr("lang"))
                .isEqualTo("en");

        Document switched = page(get("/dashboard").param("lang", "es").cookie(session).header("Accept-Language", "en"));
        assertThat(switched.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(switched.select("h1").text()).contains("Hola");
        assertThat(chosenLanguage(rep)).isEqualTo("es");

        Document next = page(get("/dashboard").cookie(session).header("Accept-Language", "en-GB,en"));
        assertThat(next.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(next.select("nav").text()).contains("Informes", "Tareas");

        page(get("/dashboard").param("lang", "en").cookie(session).header("Accept-Language", "es"));
        assertThat(chosenLanguage(rep)).isEqualTo("en");
        assertThat(page(get("/dashboard").cookie(session).header("Accept-Language", "es")).selectFirst("html").attr("lang"))
                .isEqualTo("en");
    }

    @Test
    void theProfileFormSavesTheLanguageAndLeavingItEmptyHandsBackToTheBrowser() throws Exception {
        Person rep = program.rep("Mateo");
        Cookie session = SignIn.as(mvc, rep);
        Document form = page(get("/people/" + rep.getId() + "/edit").cookie(session));
        assertThat(form.select("select#portalLanguage option").eachAttr("value")).containsExactly("", "en", "es");

        java.util.function.Function<String, MockHttpServletRequestBuilder> save = language -> post("/people/" + rep.getId() + "/edit")
                .cookie(session).with(csrf())
                .param("displayName", "Mateo").param("fullName", "Mateo Fullname").param("countryCode", "DE")
                .param("city", "Berlin").param("timeZone", "Europe/Berlin").param("languages", "en")
                .param("functionalAreas", "EVENTS").param("portalLanguage", language);
        assertThat(mvc.perform(save.apply("es")).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/people/" + rep.getId());
        assertThat(chosenLanguage(rep)).isEqualTo("es");
        assertThat(page(get("/people/" + rep.getId() + "/edit").cookie(session).header("Accept-Language", "en"))
                .select("select#portalLanguage option[selected]").attr("value")).isEqualTo("es");

        assertThat(mvc.perform(save.apply("")).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/people/" + rep.getId());
        assertThat(chosenLanguage(rep)).isNull();
        assertThat(page(get("/dashboard").cookie(session).header("Accept-Language", "es")).selectFirst("html").attr("lang"))
                .isEqualTo("es");
    }

    @Test
    void onlyTheOfferedLanguagesAreChosenAndOnlyByThePersonOrAnAdmin() {
        Person rep = program.rep("Valentina");
        Person other = program.rep("Santiago");
        assertThatThrownBy(() -> people.choosePortalLanguage(program.actor(rep), rep.getId(), "fr"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> people.choosePortalLanguage(program.actor(other), rep.getId(), "es"))
                .isInstanceOf(ForbiddenException.class);
        assertThat(chosenLanguage(rep)).isNull();
    }

    @Test
    void mailToASpanishSpeakingPersonIsWrittenInSpanish() {
        Person spanish = program.rep("Camila");
        Person english = program.rep("Oliver");
        people.choosePortalLanguage(program.actor(spanish), spanish.getId(), "es");

        invitations.invite(spanish.getId());
        invitations.invite(english.getId());

        assertThat(lastMail(spanish)).startsWith("Tu cuenta en el Reps Portal").contains("te damos la bienvenida");
        assertThat(lastMail(english)).startsWith("Your Reps Portal account").contains("welcome to the program");
    }

    private String lastMail(Person person) {
        return mailbox.to(person).latest().text();
    }
}
