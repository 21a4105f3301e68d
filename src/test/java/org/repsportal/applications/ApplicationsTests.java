package org.repsportal.applications;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.support.Mailbox;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@PortalTest
class ApplicationsTests {

    private static final AtomicInteger N = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    Mailbox mailbox;

    @Autowired
    Applications applications;

    @Autowired
    ApplicationRepository repository;

    @Autowired
    ApplicationsDaily daily;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @AfterEach
    void resetTheClock() {
        ((TestClock) clock).reset();
    }

    static String email(String name) {
        return name.toLowerCase() + "." + N.incrementAndGet() + "@applicant.example";
    }

    /** Each request from its own client address, so that the per-client limit does not bite across tests. */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static Map<String, Object> application(String email, Object adult, Object months, String refereeEmail) {
        return Map.ofEntries(Map.entry("name", "Lucía Pérez"), Map.entry("email", email), Map.entry("region", "LATAM"),
                Map.entry("country", "AR"), Map.entry("city", "Rosario"), Map.entry("languages", List.of("es", "en")),
                Map.entry("timeZone", "America/Argentina/Cordoba"), Map.entry("functionalAreas", List.of("LOCALIZATION")),
                Map.entry("adult", adult), Map.entry("monthsInvolved", months),
                Map.entry("answers", Map.of("motivation", "I want to grow our community", "contributions", "Translated 2000 strings",
                        "otherProjects", "OpenStreetMap", "goals", "Two localization sprints", "mobilising", "Meetups at the university")),
                Map.entry("links", List.of("https://example.net/my-work")),
                Map.entry("referees", List.of(Map.of("name", "Ana Ref", "email", refereeEmail))));
    }

    MockHttpServletRequestBuilder apiApply(Map<String, Object> body, String client) throws Exception {
        return post("/api/v1/applications").contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body))
                .with(from(client));
    }

    String lastMailTo(String address) {
        return mailbox.to(address).latest().body();
    }

    List<String> subjectsTo(String address) {
        return mailbox.to(address).subjects();
    }

    static String link(String body, String path) {
        Matcher m = Pattern.compile("http://[^\\s]+(" + Pattern.quote(path) + "[A-Za-z0-9_-]+)").matcher(body);
        assertThat(m.find()).as("a link to %s in %s", path, body).isTrue();
        return m.group(1);
    }

    /** An application submitted through the API and confirmed through the mailed link; returns it. */
    Application confirmedApplication(String email, String refereeEmail) throws Exception {
        mvc.perform(apiApply(application(email, true, 9, refereeEmail), "10.1.0." + N.incrementAndGet())).andExpect(status().isCreated());
        mvc.perform(get(link(lastMailTo(email), "/apply/confirm/"))).andExpect(status().is3xxRedirection());
        return repository.findOpenByEmail(email, ApplicationState.OPEN).orElseThrow();
    }

    @Test
    void anApplicantWhoAppliedInSpanishGetsEveryMailInSpanishAndTheirRefereesToo() throws Exception {
        String email = email("paloma");
        String referee = email("refugio");
        mvc.perform(apiApply(application(email, true, 9, referee), "10.0.7." + N.incrementAndGet())
                        .header("Accept-Language", "es-AR,es;q=0.9,en;q=0.5"))
                .andExpect(status().isCreated());
        assertThat(jdbc.sql("select language from applications where lower(email) = ?").param(email).query(String.class).single())
                .isEqualTo("es");
        assertThat(subjectsTo(email)).containsExactly("Confirma tu correo electrónico para enviar tu solicitud");
        assertThat(lastMailTo(email)).startsWith("Hola, Lucía Pérez:");
        assertThat(mailbox.to(email).only().language()).as("the footer is written in it too").isEqualTo("es");

        // the link is opened in a browser that asks for English: the application keeps the language it was sent in
        mvc.perform(get(link(lastMailTo(email), "/apply/confirm/")).header("Accept-Language", "en"))
                .andExpect(status().is3xxRedirection());
        assertThat(subjectsTo(email)).last().isEqualTo("Tu solicitud está enviada");
        assertThat(subjectsTo(referee)).containsExactly("Una referencia para Lucía Pérez");

        String english = email("lucy");
        mvc.perform(apiApply(application(english, true, 9, email("ref")), "10.0.7." + N.incrementAndGet())
                        .header("Accept-Language", "de,en;q=0.8"))
                .andExpect(status().isCreated());
        assertThat(subjectsTo(english)).containsExactly("Confirm your email address to send your application");
    }

    @Test
    void anApplicationThroughTheApiWaitsUnconfirmedUntilTheMailedLinkIsOpened() throws Exception {
        String email = email("lucia");
        String referee = email("ana");
        mvc.perform(apiApply(application(email, true, 9, referee), "10.0.0.1"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("UNCONFIRMED"))
                .andExpect(jsonPath("$.statusUrl", startsWith("http")));
        assertThat(subjectsTo(referee)).as("referees are asked only once the address is confirmed").isEmpty();

        mvc.perform(get(link(lastMailTo(email), "/apply/confirm/"))).andExpect(status().is3xxRedirection());

        Application a = repository.findOpenByEmail(email, ApplicationState.OPEN).orElseThrow();
        assertThat(a.getState()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat(subjectsTo(referee)).singleElement().asString().contains("A reference for Lucía Pérez");
        assertThat(lastMailTo(email)).contains("/application/" + a.getStatusToken());
        mvc.perform(get("/application/" + a.getStatusToken())).andExpect(status().isOk())
                .andExpect(model().attributeExists("timeline"));
    }

    @Test
    void theSameFormSentTwiceIsOneApplication() throws Exception {
        String email = email("twice");
        var body = application(email, true, 9, email("ref"));
        String first = mvc.perform(apiApply(body, "10.0.0.2")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String second = mvc.perform(apiApply(body, "10.0.0.2")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(JSON.readTree(second).path("id").asLong()).isEqualTo(JSON.readTree(first).path("id").asLong());
        assertThat(jdbc.sql("select count(*) from applications where lower(email) = ?").param(email).query(Long.class).single()).isOne();
    }

    @Test
    void anApplicantUnder18OrWithTooFewMonthsIsRefusedNamingTheFieldAndOnlyCounted() throws Exception {
        String young = email("young");
        long refusedBefore = jdbc.sql("select coalesce(sum(count), 0) from application_refusals").query(Long.class).single();

        mvc.perform(apiApply(application(young, false, 9, email("ref")), "10.0.0.3"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("adult")));
        mvc.perform(apiApply(application(email("newcomer"), true, 3, email("ref")), "10.0.0.3"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("monthsInvolved")));

        assertThat(jdbc.sql("select count(*) from applications where lower(email) = ?").param(young).query(Long.class).single()).isZero();
        assertThat(subjectsTo(young)).isEmpty();
        assertThat(jdbc.sql("select coalesce(sum(count), 0) from application_refusals").query(Long.class).single())
                .isEqualTo(refusedBefore + 2);
    }

    @Test
    void theFormRefusesAnUnder18OnThePageAndStoresNothing() throws Exception {
        String email = email("minor");
        mvc.perform(formPost(email, "false", "9", "Because", "https://example.net").with(from("10.0.0.4")))
                .andExpect(status().isOk())
                .andExpect(view().name("applications/apply"))
                .andExpect(model().attribute("refusal", "application.refused.adult"));
        assertThat(jdbc.sql("select count(*) from applications where lower(email) = ?").param(email).query(Long.class).single()).isZero();
    }

    @Test
    void aMissingAnswerAndAnInvalidLinkAreFieldErrorsWithTheTypedAnswersKept() throws Exception {
        String email = email("typed");
        var result = mvc.perform(formPost(email, "true", "9", "", "not a link").with(from("10.0.0.5")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "motivation", "application.answer.required"))
                .andExpect(model().attributeHasFieldErrorCode("form", "links", "application.links.invalid"))
                .andReturn();
        ApplicationForm form = (ApplicationForm) result.getModelAndView().getModel().get("form");
        assertThat(form.getContributions()).isEqualTo("Translated strings");
        assertThat(form.getLinks()).isEqualTo("not a link");
        assertThat(form.getEmail()).isEqualTo(email);
    }

    @Test
    void aFilledHoneypotOrAFormSentTooFastKeepsNothing() throws Exception {
        String bot = email("bot");
        mvc.perform(formPost(bot, "true", "9", "Because", "https://example.net").param("website", "http://spam.example").with(from("10.0.0.6")))
                .andExpect(redirectedUrl("/apply?sent"));
        String hasty = email("hasty");
        mvc.perform(formPost(hasty, "true", "9", "Because", "https://example.net", clock.millis()).with(from("10.0.0.6")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("form"));
        assertThat(jdbc.sql("select count(*) from applications where lower(email) in (?, ?)").params(bot, hasty).query(Long.class).single())
                .isZero();
    }

    @Test
    void aClientAddressSendingTooManyApplicationsIsRefused() throws Exception {
        for (int i = 0; i < 20; i++) {
            mvc.perform(apiApply(application(email("many"), true, 9, email("ref")), "10.9.9.9")).andExpect(status().isCreated());
        }
        mvc.perform(apiApply(application(email("many"), true, 9, email("ref")), "10.9.9.9")).andExpect(status().isTooManyRequests());
    }

    @Test
    void aWrongStatusOrReferenceTokenIsNotFound() throws Exception {
        mvc.perform(get("/application/not-a-token")).andExpect(status().isNotFound());
        mvc.perform(get("/reference/not-a-token")).andExpect(status().isNotFound());
        mvc.perform(get("/apply/confirm/not-a-token")).andExpect(status().isNotFound());
        mvc.perform(post("/application/not-a-token/withdraw").with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void theWholeWayFromTheFirstReferenceToAnAcceptedRepWithAMentorAndAnInvitation() throws Exception {
        String email = email("journey");
        String refereeEmail = email("referee");
        Application a = confirmedApplication(email, refereeEmail);
        Person council = program.council("Cora Council");
        Person mentor = program.mentor("Mateo Mentor");
        Person other = program.mentor("Olaf Other");

        // the referee answers: screening starts
        mvc.perform(post(link(lastMailTo(refereeEmail), "/reference/")).with(csrf())
                        .param("howKnown", "We translate together").param("whatSeen", "Led a sprint").param("vouches", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(repository.findById(a.getId()).orElseThrow().getState()).isEqualTo(ApplicationState.SCREENING);

        // the Council assigns the interviewer; another mentor may not record the interview
        applications.assignInterviewer(program.actor(council), a.getId(), mentor.getId());
        mvc.perform(post("/api/v1/applications/" + a.getId() + "/interview").header("Authorization", Program.bearer(other))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scores\":[3,3,3,3,3],\"recommendation\":\"ACCEPTED\",\"reason\":\"good\"}"))
                .andExpect(status().isForbidden());

        // two times offered, one picked: both get an iCalendar request
        LocalDate day = LocalDate.now(clock).plusDays(5);
        mvc.perform(post("/api/v1/applications/" + a.getId() + "/slots").header("Authorization", Program.bearer(mentor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"timeZone\":\"America/Argentina/Cordoba\",\"slots\":[\"" + day + "T17:00\",\"" + day.plusDays(1) + "T18:00\"]}"))
                .andExpect(status().isOk());
        List<Long> slotIds = jdbc.sql("select id from application_slots where application_id = ? and not withdrawn order by starts_at")
                .param(a.getId()).query(Long.class).list();
        assertThat(slotIds).hasSize(2);
        mvc.perform(post("/application/" + a.getStatusToken() + "/slot").with(csrf()).param("slot", slotIds.get(0).toString()))
                .andExpect(status().is3xxRedirection());
        VEvent booked = invitation(email, "REQUEST");
        assertThat(prop(booked, "SEQUENCE")).isEqualTo("0");
        assertThat(prop(invitation(mentor.getEmail(), "REQUEST"), "UID")).isEqualTo(prop(booked, "UID"));

        // a new time is the same invitation with a higher sequence
        mvc.perform(post("/application/" + a.getStatusToken() + "/slot").with(csrf()).param("slot", slotIds.get(1).toString()))
                .andExpect(status().is3xxRedirection());
        VEvent moved = invitation(email, "REQUEST");
        assertThat(prop(moved, "UID")).isEqualTo(prop(booked, "UID"));
        assertThat(prop(moved, "SEQUENCE")).isEqualTo("1");
        assertThat(prop(moved, "DTSTART")).startsWith(day.plusDays(1).toString().replace("-", "") + "T180000");

        // the mentor records the interview, a Council member scores too, far apart on one criterion
        mvc.perform(post("/api/v1/applications/" + a.getId() + "/interview").header("Authorization", Program.bearer(mentor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scores\":[4,3,3,4,4],\"notes\":[\"keen\",\"\",\"\",\"\",\"\"],\"evidence\":[\"https://example.net/pr/1\"],"
                                + "\"recommendation\":\"ACCEPTED\",\"reason\":\"Ready to lead localization\"}"))
                .andExpect(status().isCreated());
        applications.recordInterview(program.actor(council), a.getId(),
                new InterviewRecord(List.of(2, 3, 3, 4, 4), List.of(), List.of(), Outcome.NOT_YET, "Wants more events first"));
        mvc.perform(get("/applications/" + a.getId()).header("Authorization", Program.bearer(council)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("recommendationsDiffer", true));
        var rows = ApplicationViews.criteria(jdbc.sql("select id from application_scorecards where application_id = ?")
                .param(a.getId()).query(Long.class).list().stream().map(id -> repositoryCard(id)).toList());
        assertThat(rows).extracting(ApplicationViews.CriterionRow::disagree).containsExactly(true, false, false, false, false);

        // a mentor may not decide by default; the Council accepts
        mvc.perform(post("/api/v1/applications/" + a.getId() + "/decision").header("Authorization", Program.bearer(mentor))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"ACCEPTED\",\"reason\":\"yes\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/applications/" + a.getId() + "/decision").header("Authorization", Program.bearer(council))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"ACCEPTED\",\"reason\":\"A strong record\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ONBOARDING"))
                .andExpect(jsonPath("$.mentorId").value(mentor.getId()));

        Person rep = people.findByEmail(email).orElseThrow();
        assertThat(rep.getDisplayName()).isEqualTo("Lucía Pérez");
        assertThat(jdbc.sql("select count(*) from mentor_assignments where mentee_id = ? and mentor_id = ? and ended_on is null")
                .params(rep.getId(), mentor.getId()).query(Long.class).single()).isOne();
        assertThat(subjectsTo(email)).anyMatch(s -> s.contains("Welcome to the Reps program"))
                .anyMatch(s -> s.contains("Your Reps Portal account"));

        // the invitation sets a password, once
        String invitation = link(lastMailTo(email), "/invitation/");
        mvc.perform(get(invitation)).andExpect(status().isOk()).andExpect(model().attribute("standing", "VALID"));
        mvc.perform(post(invitation).with(csrf()).param("password", "a long enough secret").param("confirmation", "a long enough secret"))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get(invitation)).andExpect(model().attribute("standing", "USED"));
    }

    @Test
    void anExpiredInvitationOffersANewOneByMail() throws Exception {
        Person rep = program.rep("Ines Invited");
        org.repsportal.identity.AccountInvitations invitations = invitationsBean();
        invitations.invite(rep.getId());
        String first = link(lastMailTo(rep.getEmail()), "/invitation/");
        ((TestClock) clock).advance(Duration.ofDays(8));

        mvc.perform(get(first)).andExpect(status().isOk()).andExpect(model().attribute("standing", "EXPIRED"));
        mvc.perform(post(first + "/renew").with(csrf())).andExpect(status().is3xxRedirection());
        String second = link(lastMailTo(rep.getEmail()), "/invitation/");
        assertThat(second).isNotEqualTo(first);
        mvc.perform(get(second)).andExpect(model().attribute("standing", "VALID"));
    }

    @Test
    void anApplicantSilentForThreeWeeksIsWarnedAfterTwoAndThenClosedWithAMail() throws Exception {
        String email = email("silent");
        Application a = confirmedApplication(email, email("ref"));
        Person council = program.council("Silvia Council");
        Person mentor = program.mentor("Simon Mentor");
        applications.startScreening(program.actor(council), a.getId());
        applications.assignInterviewer(program.actor(council), a.getId(), mentor.getId());
        LocalDate day = LocalDate.now(clock).plusDays(30);
        applications.offerSlots(program.actor(mentor), a.getId(), List.of(
                new Applications.SlotRequest(day.atTime(17, 0), "Europe/Berlin"), new Applications.SlotRequest(day.atTime(18, 0), "Europe/Berlin")));
        TestClock moving = (TestClock) clock;

        moving.advance(Duration.ofDays(13));
        daily.run(clock.instant());
        assertThat(subjectsTo(email)).noneMatch(s -> s.contains("waits for you"));

        moving.advance(Duration.ofDays(2));
        daily.run(clock.instant());
        assertThat(subjectsTo(email)).filteredOn(s -> s.contains("waits for you")).hasSize(1);
        daily.run(clock.instant());
        assertThat(subjectsTo(email)).as("warned once").filteredOn(s -> s.contains("waits for you")).hasSize(1);
        assertThat(repository.findById(a.getId()).orElseThrow().getState()).isEqualTo(ApplicationState.INTERVIEW);

        moving.advance(Duration.ofDays(7));
        daily.run(clock.instant());
        assertThat(repository.findById(a.getId()).orElseThrow().getState()).isEqualTo(ApplicationState.CLOSED_NO_REPLY);
        assertThat(subjectsTo(email)).last().asString().contains("Your application is closed");
    }

    @Test
    void someoneWhoAppliesAgainSeesTheEarlierOutcomeAndSoDoesTheCouncil() throws Exception {
        String email = email("again");
        Application first = confirmedApplication(email, email("ref"));
        Person council = program.council("Rita Council");
        applications.startScreening(program.actor(council), first.getId());
        applications.decide(program.actor(council), first.getId(), Outcome.NOT_YET, "A little early",
                "Organise one event", LocalDate.now(clock).plusMonths(3), null);

        Application second = confirmedApplication(email, email("ref"));
        assertThat(second.getEarlierId()).isEqualTo(first.getId());
        var earlier = (ApplicationViews.Earlier) mvc.perform(get("/application/" + second.getStatusToken())).andReturn()
                .getModelAndView().getModel().get("earlier");
        assertThat(earlier.outcome()).isEqualTo(Outcome.NOT_YET);
        assertThat(earlier.workOn()).isEqualTo("Organise one event");
        mvc.perform(get("/applications/" + second.getId()).header("Authorization", Program.bearer(council)))
                .andExpect(status().isOk()).andExpect(model().attributeExists("earlier"));
    }

    @Test
    void aRefereeWhoDoesNotAnswerIsRemindedTwiceAWeekApartAndNoMore() throws Exception {
        String referee = email("quietref");
        confirmedApplication(email("waiting"), referee);
        TestClock moving = (TestClock) clock;
        for (int week = 1; week <= 4; week++) {
            moving.advance(Duration.ofDays(7).plusHours(1));
            daily.run(clock.instant());
        }
        assertThat(subjectsTo(referee)).filteredOn(s -> s.startsWith("Reminder")).hasSize(2);
    }

    private org.repsportal.identity.AccountInvitations invitationsBean() {
        return invitations;
    }

    @Autowired
    org.repsportal.identity.AccountInvitations invitations;

    @Autowired
    ScorecardRepository scorecards;

    private Scorecard repositoryCard(long id) {
        return scorecards.findById(id).orElseThrow();
    }

    private static String prop(VEvent event, String name) {
        return event.getProperty(name).orElseThrow().getValue();
    }

    /** The last calendar invitation mailed to an address, parsed back by ical4j, with the given method. */
    private VEvent invitation(String address, String method) throws Exception {
        String content = mailbox.to(address).withCalendar().latest().invitation().text();
        Calendar calendar = new CalendarBuilder().build(new StringReader(content));
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo(method);
        return (VEvent) calendar.getComponent("VEVENT").orElseThrow();
    }

    private MockHttpServletRequestBuilder formPost(String email, String adult, String months, String motivation, String links) {
        return formPost(email, adult, months, motivation, links, clock.millis() - 60_000);
    }

    private MockHttpServletRequestBuilder formPost(String email, String adult, String months, String motivation, String links,
                                                   long startedAt) {
        return post("/apply").with(csrf())
                .param("name", "Lucía Pérez").param("email", email).param("region", "LATAM").param("country", "AR")
                .param("city", "Rosario").param("languages", "es").param("timeZone", "America/Argentina/Cordoba")
                .param("functionalAreas", "LOCALIZATION").param("adult", adult).param("monthsInvolved", months)
                .param("motivation", motivation).param("contributions", "Translated strings").param("otherProjects", "OSM")
                .param("goals", "Sprints").param("mobilising", "Meetups").param("links", links)
                .param("refereeNames[0]", "Ana Ref").param("refereeEmails[0]", "ana." + N.incrementAndGet() + "@ref.example")
                .param("startedAt", String.valueOf(startedAt));
    }
}
