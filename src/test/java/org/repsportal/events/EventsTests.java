package org.repsportal.events;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.platform.IllegalTransitionException;
import org.repsportal.support.Mailbox;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
@EnableScenarios
class EventsTests {

    @Autowired MockMvc mvc;
    @Autowired Program program;
    @Autowired Mailbox mailbox;
    @Autowired Events events;
    @Autowired EventOutcomeReminders reminders;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired EventCalendar calendar;

    @AfterEach
    void resetClock() {
        ((TestClock) clock).reset();
    }

    static NewEvent meetup(LocalDate on, Set<Long> coOrganisers) {
        return new NewEvent("Firefox meetup", "MEETUP", on, on, "Europe/Berlin", false, "Hackerspace, Berlin", 40,
                "Bring new contributors in", List.of(new NewEvent.Item("18:00", "Welcome"), new NewEvent.Item(null, "Lightning talks")),
                List.of(new NewEvent.Target("Attendees", "40"), new NewEvent.Target("Sign-ups", "10"),
                        new NewEvent.Target("Blog posts", "2")), coOrganisers, null);
    }

    @Test
    void anEventWithFewerThanThreeMetricsIsAFieldErrorAndNothingIsSaved() throws Exception {
        Person rep = program.rep("Ella");
        long before = jdbc.sql("select count(*) from events").query(Long.class).single();
        mvc.perform(post("/api/v1/events").header("Authorization", Program.bearer(rep)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"Meetup","type":"MEETUP","startsOn":"%s","endsOn":"%s","timeZone":"Europe/Berlin",
                                 "online":true,"expectedAttendance":20,"goals":"Meet","agenda":[{"startsAt":"18:00","title":"Hi"}],
                                 "metrics":[{"name":"People","expected":"20"},{"name":"Talks","expected":"3"}]}"""
                                .formatted(LocalDate.now(clock).plusDays(30), LocalDate.now(clock).plusDays(30))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("metrics")));
        assertThat(jdbc.sql("select count(*) from events").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aPlannedEventIsListedForItsOwnerAndCoOrganiserAndUnknownTypesAreRefused() throws Exception {
        Person rep = program.rep("Fritz");
        Person co = program.rep("Greta");
        String day = LocalDate.now(clock).plusDays(40).toString();
        String body = """
                {"name":"L10n sprint","type":"%s","startsOn":"%s","endsOn":"%s","timeZone":"Europe/Berlin",
                 "online":false,"venue":"Library","expectedAttendance":12,"goals":"Translate","coOrganiserIds":[%d],
                 "agenda":[{"startsAt":"10:00","title":"Intro"},{"title":"Sprint"}],
                 "metrics":[{"name":"Strings","expected":"500"},{"name":"New localizers","expected":"3"},{"name":"Reviews","expected":"100"}]}""";
        mvc.perform(post("/api/v1/events").header("Authorization", Program.bearer(rep)).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("PICNIC", day, day, co.getId())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("type")));
        mvc.perform(post("/api/v1/events").header("Authorization", Program.bearer(rep)).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("LOCALIZATION_SPRINT", day, day, co.getId())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.id").isNumber());
        mvc.perform(get("/api/v1/events").param("owner", co.getId().toString()).header("Authorization", Program.bearer(co)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].name").value("L10n sprint"));
        mvc.perform(get("/api/v1/events").param("owner", "me").param("from", day).header("Authorization", Program.bearer(rep)))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void theEventFormPicksSeveralCoOrganisersAndARefusedFormKeepsThemChosen() throws Exception {
        Person rep = program.rep("Ingrid");
        Person first = program.rep("Jasper");
        Person second = program.mentor("Kirsi");
        var session = org.repsportal.support.SignIn.as(mvc, rep);
        mvc.perform(get("/events/new").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"coOrganiserIds[0]\"")))
                .andExpect(content().string(containsString("name=\"coOrganiserIds[2]\"")));
        String day = LocalDate.now(clock).plusDays(40).toString();
        var withoutName = post("/events").cookie(session)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("type", "MEETUP").param("startsOn", day).param("endsOn", day).param("timeZone", "Europe/Berlin")
                .param("venue", "Hackerspace").param("expectedAttendance", "25").param("goals", "Meet")
                .param("agendaTimes[0]", "18:00").param("agendaTitles[0]", "Welcome")
                .param("metricNames[0]", "Attendees").param("metricExpected[0]", "25")
                .param("metricNames[1]", "Sign-ups").param("metricExpected[1]", "5")
                .param("metricNames[2]", "Posts").param("metricExpected[2]", "2")
                .param("coOrganiserIds[0]", first.getId().toString()).param("coOrganiserIds[1]", "")
                .param("coOrganiserIds[2]", second.getId().toString());
        mvc.perform(withoutName)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + first.getId() + "\" selected")))
                .andExpect(content().string(containsString("value=\"" + second.getId() + "\" selected")));
        String location = mvc.perform(withoutName.param("name", "Picked together"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(events.find(id).getCoOrganiserIds()).containsExactlyInAnyOrder(first.getId(), second.getId());
    }

    @Test
    void theOwnerChangesThePlannedEventsCoOrganisersOnItsOwnPageAndNobodyElseDoes() throws Exception {
        Person rep = program.rep("Oona");
        Person first = program.rep("Per");
        Person second = program.rep("Quirine");
        long id = events.plan(program.actor(rep), meetup(LocalDate.now(clock).plusDays(30), Set.of(first.getId())));
        var session = org.repsportal.support.SignIn.as(mvc, rep);
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        mvc.perform(get("/events/" + id + "/co-organisers").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + first.getId() + "\" selected")));
        mvc.perform(post("/events/" + id + "/co-organisers").cookie(session).with(csrf)
                        .param("coOrganiserIds[0]", first.getId().toString()).param("coOrganiserIds[1]", "987654321"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                        .attributeHasFieldErrorCode("organisers", "coOrganiserIds", "event.coOrganisers.unknown"));
        assertThat(events.find(id).getCoOrganiserIds()).containsExactly(first.getId());
        mvc.perform(post("/events/" + id + "/co-organisers").cookie(org.repsportal.support.SignIn.as(mvc, first)).with(csrf)
                        .param("coOrganiserIds[0]", first.getId().toString()))
                .andExpect(status().isForbidden());
        int sequence = events.find(id).getSequence();
        mvc.perform(post("/events/" + id + "/co-organisers").cookie(session).with(csrf)
                        .param("coOrganiserIds[0]", "").param("coOrganiserIds[1]", second.getId().toString())
                        .param("coOrganiserIds[2]", first.getId().toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(events.find(id).getCoOrganiserIds()).containsExactlyInAnyOrder(first.getId(), second.getId());
        assertThat(events.find(id).getSequence()).as("calendars see the change").isGreaterThan(sequence);
    }

    @Test
    void theOwnerIsRemindedTheDayAfterTheEventAndOnlyOnce() {
        Person rep = program.rep("Hanna");
        LocalDate today = LocalDate.now(clock);
        long id = events.plan(program.actor(rep), meetup(today.plusDays(2), Set.of()));
        reminders.remind(today.plusDays(2));
        assertThat(mailbox.to(rep).count())
                .as("nothing on the event's day").isZero();
        reminders.remind(today.plusDays(3));
        reminders.remind(today.plusDays(3));
        assertThat(mailbox.to(rep).subjectContaining("Firefox meetup").count()).isEqualTo(1);
        assertThat(id).isPositive();
    }

    @Test
    void aMissedReminderRunIsCaughtUpOnceAndEventsLongOverAreLeftAlone() {
        Person early = program.rep("Lotte");
        Person later = program.rep("Mads");
        Person longAgo = program.rep("Nanna");
        LocalDate today = LocalDate.now(clock);
        events.plan(program.actor(early), meetup(today.plusDays(20), Set.of()));
        events.plan(program.actor(later), meetup(today.plusDays(23), Set.of()));
        events.plan(program.actor(longAgo), meetup(today.plusDays(2), Set.of()));
        // the job ran last on the day of the first event, then not for a week
        reminders.remind(today.plusDays(20));
        reminders.remind(today.plusDays(27));
        reminders.remind(today.plusDays(27));
        reminders.remind(today.plusDays(28));
        assertThat(reminded(early)).as("seven days late, once").isEqualTo(1);
        assertThat(reminded(later)).as("four days late, once").isEqualTo(1);
        assertThat(reminded(longAgo)).as("over more than %d days ago", EventOutcomeReminders.CATCH_UP_DAYS).isZero();
    }

    private long reminded(Person owner) {
        return mailbox.to(owner).subjectContaining("Firefox meetup").count();
    }

    @Test
    void recordingOutcomesFilesAnActivityReportForTheOwnerAndEachCoOrganiser(Scenario scenario) {
        Person rep = program.rep("Ivo");
        Person co = program.rep("Jana");
        long id = events.plan(program.actor(rep), meetup(LocalDate.now(clock).plusDays(1), Set.of(co.getId())));
        assertThatThrownBy(() -> events.recordOutcomes(program.actor(rep), id, outcomes()))
                .isInstanceOf(IllegalTransitionException.class);
        ((TestClock) clock).advance(Duration.ofDays(2));
        scenario.stimulate(() -> events.recordOutcomes(program.actor(rep), id, outcomes()))
                .andWaitForStateChange(() -> jdbc.sql("select count(*) from activity_reports where person_id in (?, ?) and activity_code = 'ORGANIZED_EVENT'")
                        .params(rep.getId(), co.getId()).query(Long.class).single(), n -> n == 2)
                .andVerify(n -> assertThat(n).isEqualTo(2));
        assertThat(events.facts(id).outcomesRecorded()).isTrue();
    }

    @Test
    void metricsFrozenByAnApprovedBudgetCannotBeRevised() {
        Person rep = program.rep("Karl");
        long id = events.plan(program.actor(rep), meetup(LocalDate.now(clock).plusDays(30), Set.of()));
        var revised = List.of(new NewEvent.Target("A", "1"), new NewEvent.Target("B", "2"), new NewEvent.Target("C", "3"));
        events.reviseMetrics(program.actor(rep), id, revised);
        events.freezeMetrics(id);
        assertThatThrownBy(() -> events.reviseMetrics(program.actor(rep), id, revised))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void anEventIsInTheCalendarOfItsOwnerAndCoOrganisersOneEntryPerDay() {
        Person rep = program.rep("Lars");
        Person co = program.rep("Mona");
        Person stranger = program.rep("Nele");
        LocalDate on = LocalDate.now(clock).plusDays(20);
        var twoDays = new NewEvent("Hackathon", "HACKATHON", on, on.plusDays(1), "Europe/Berlin", true, null, 15, "Build",
                List.of(new NewEvent.Item(on + "T10:00", "Start"), new NewEvent.Item(on.plusDays(1) + "T16:00", "Demos")),
                meetup(on, Set.of()).metrics(), Set.of(co.getId()), null);
        events.plan(program.actor(rep), twoDays);
        assertThat(calendar.entriesFor(co.getId(), on.minusDays(1), on.plusDays(5)))
                .extracting(e -> e.day()).containsExactly(on, on.plusDays(1));
        assertThat(calendar.entriesFor(rep.getId(), on.minusDays(1), on.plusDays(5))).hasSize(2);
        assertThat(calendar.entriesFor(stranger.getId(), on.minusDays(1), on.plusDays(5))).isEmpty();
    }

    @Test
    void aPastEventIsClonedIntoANewPlanWithItsContentButNoDatesAndTheNewEventRemembersItsOrigin() throws Exception {
        Person rep = program.rep("Olli");
        long past = events.plan(program.actor(rep), meetup(LocalDate.now(clock).plusDays(1), Set.of()));
        ((TestClock) clock).advance(Duration.ofDays(3));
        jakarta.servlet.http.Cookie session = org.repsportal.support.SignIn.as(mvc, rep);
        mvc.perform(get("/events/new").param("from", String.valueOf(past)).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Firefox meetup\"")))
                .andExpect(content().string(containsString("value=\"Lightning talks\"")))
                .andExpect(content().string(containsString("value=\"Blog posts\"")))
                .andExpect(content().string(containsString("name=\"clonedFrom\" value=\"" + past + "\"")))
                .andExpect(content().string(containsString("name=\"startsOn\" value=\"\"")));
        LocalDate on = LocalDate.now(clock).plusDays(30);
        mvc.perform(post("/events").cookie(session).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("clonedFrom", String.valueOf(past)).param("name", "Firefox meetup").param("type", "MEETUP")
                        .param("startsOn", on.toString()).param("endsOn", on.toString()).param("timeZone", "Europe/Berlin")
                        .param("venue", "Hackerspace, Berlin").param("expectedAttendance", "40").param("goals", "Bring new contributors in")
                        .param("agendaTimes[0]", "18:00").param("agendaTitles[0]", "Welcome").param("agendaTitles[1]", "Lightning talks")
                        .param("metricNames[0]", "Attendees").param("metricExpected[0]", "40")
                        .param("metricNames[1]", "Sign-ups").param("metricExpected[1]", "10")
                        .param("metricNames[2]", "Blog posts").param("metricExpected[2]", "2"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from events where owner_id = ? and cloned_from = ? and starts_on = ?")
                .params(rep.getId(), past, on).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anEventIsInTheSubscribedCalendarFeedsOfItsOwnerAndCoOrganisersAndNobodyElse() throws Exception {
        Person rep = program.rep("Pina");
        Person co = program.rep("Quint");
        Person stranger = program.rep("Rolf");
        events.plan(program.actor(rep), new NewEvent("Accessibility sprint", "LOCALIZATION_SPRINT", LocalDate.now(clock).plusDays(12),
                LocalDate.now(clock).plusDays(12), "Europe/Berlin", true, null, 15, "Fix what screen readers trip over",
                meetup(LocalDate.now(clock), Set.of()).agenda(), meetup(LocalDate.now(clock), Set.of()).metrics(), Set.of(co.getId()), null));
        assertThat(feed(rep)).contains("Accessibility sprint");
        assertThat(feed(co)).contains("Accessibility sprint");
        assertThat(feed(stranger)).doesNotContain("Accessibility sprint");
    }

    @Test
    void onlyTheOwnerRevisesAnEventsMetrics() throws Exception {
        Person rep = program.rep("Sina");
        Person stranger = program.rep("Timo");
        long id = events.plan(program.actor(rep), meetup(LocalDate.now(clock).plusDays(30), Set.of()));
        String metrics = """
                [{"name":"Attendees","expected":"45"},{"name":"Sign-ups","expected":"12"},{"name":"Posts","expected":"3"}]""";
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/events/" + id + "/metrics")
                        .header("Authorization", Program.bearer(stranger)).contentType(MediaType.APPLICATION_JSON).content(metrics))
                .andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/events/" + id + "/metrics")
                        .header("Authorization", Program.bearer(rep)).contentType(MediaType.APPLICATION_JSON).content(metrics))
                .andExpect(status().isOk()).andExpect(jsonPath("$.metrics[0].expected").value("45"));
    }

    private String feed(Person person) throws Exception {
        String url = com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/v1/me/calendar").header("Authorization", Program.bearer(person)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.feedUrl");
        return mvc.perform(get(java.net.URI.create(url).getPath())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8).replace("\r\n ", "");
    }

    private static EventOutcomes outcomes() {
        return new EventOutcomes(35, List.of(new EventOutcomes.Outcome("35", false), new EventOutcomes.Outcome("12", true),
                new EventOutcomes.Outcome("2", true)));
    }
}
