package org.repsportal.dashboard;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.repsportal.checkins.CheckIns;
import org.repsportal.checkins.PlanCheckIn;
import org.repsportal.identity.AccessTokens;
import org.repsportal.people.Actor;
import org.repsportal.people.MenuItem;
import org.repsportal.people.MenuItems;
import org.repsportal.people.NewPerson;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.people.PersonStatus;
import org.repsportal.people.Role;
import org.repsportal.reports.ActivityStatistics;
import org.repsportal.reports.NewReport;
import org.repsportal.reports.ReportingStreak;
import org.repsportal.reports.Reports;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.tasks.TaskPriority;
import org.repsportal.tasks.TaskRequested;
import org.repsportal.tasks.TaskType;
import org.repsportal.tasks.Tasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Menus offer each person only the pages they may use and mark the current one; the Council works from one hub of
 * tabs; a Rep's home shows what they need of the program and a mentor's home leads with who needs them.
 */
@PortalTest
class HomesAndNavigationTests {

    private static final List<String> COUNCIL_TABS = List.of("/council", "/council/concerns", "/council/nominations",
            "/council/checkins", "/dashboard/mentors", "/dashboard/unmentored", "/library/review", "/council/orientation");

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    Reports reports;

    @Autowired
    Tasks tasks;

    @Autowired
    CheckIns checkIns;

    @Autowired
    ActivityStatistics statistics;

    @Autowired
    People people;

    @Autowired
    AccessTokens tokens;

    @Autowired
    List<MenuItems> menus;

    @Autowired
    Clock clock;

    private Document page(String path, Person person) throws Exception {
        String html = mvc.perform(get(path).header("Authorization", Program.bearer(person)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private static List<String> menuLinks(Document page) {
        return page.select("#portal-nav .navbar-nav.me-auto a").eachAttr("href");
    }

    private static List<String> tabs(Document page) {
        return page.select("nav.council-tabs a").eachAttr("href");
    }

    private static String current(Document page, String selector) {
        var marked = page.select(selector + " a[aria-current=page]");
        assertThat(marked).as("one current link in " + selector).hasSize(1);
        return marked.get(0).attr("href");
    }

    @Test
    void aRepsMenuOffersNeitherMentorNorCouncilNorAdminPagesAndMarksTheCurrentPage() throws Exception {
        Person rep = program.rep("Menu Rep");

        Document reportsPage = page("/reports", rep);

        assertThat(menuLinks(reportsPage)).contains("/dashboard", "/reports", "/tasks", "/checkins", "/library", "/concerns/new")
                .doesNotContain("/council", "/council/checkins", "/board", "/reports/mentees", "/applications", "/admin/mail",
                        "/admin/roster");
        assertThat(current(reportsPage, "#portal-nav")).isEqualTo("/reports");
        assertThat(current(page("/reports/new", rep), "#portal-nav")).isEqualTo("/reports");
        assertThat(tabs(reportsPage)).isEmpty();
        String forbidden = mvc.perform(get("/council").header("Authorization", Program.bearer(rep)).accept("text/html"))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(menuLinks(Jsoup.parse(forbidden))).as("an error page keeps the person's menus")
                .contains("/dashboard", "/reports").doesNotContain("/council");
    }

    @Test
    void aMentorsMenuAddsTheirItemsButNoCouncilOrAdminPages() throws Exception {
        Person mentor = program.mentor("Menu Mentor");

        List<String> links = menuLinks(page("/dashboard", mentor));

        assertThat(links).contains("/reports/mentees", "/board", "/applications")
                .doesNotContain("/council", "/council/checkins", "/admin/mail", "/admin/roster");
    }

    @Test
    void theCouncilHasOneCouncilEntryLeadingToTheHubWhoseTabsMarkTheCurrentSection() throws Exception {
        Person council = program.council("Menu Council");

        Document concerns = page("/council/concerns", council);

        assertThat(menuLinks(concerns)).contains("/council").doesNotContain("/council/concerns", "/admin/mail");
        assertThat(current(concerns, "#portal-nav")).as("the Council entry is current on its tabs").isEqualTo("/council");
        assertThat(tabs(concerns)).containsExactlyElementsOf(COUNCIL_TABS);
        assertThat(current(concerns, "nav.council-tabs")).isEqualTo("/council/concerns");
        for (String tab : COUNCIL_TABS) {
            Document section = page(tab, council);
            assertThat(tabs(section)).as(tab).containsExactlyElementsOf(COUNCIL_TABS);
            assertThat(current(section, "nav.council-tabs")).as(tab).isEqualTo(tab);
            assertThat(current(section, "#portal-nav")).as(tab).isEqualTo("/council");
        }
        assertThat(current(page("/dashboard/orphans", council), "nav.council-tabs")).isEqualTo("/dashboard/unmentored");
    }

    @Test
    void theHubsQueueListsTheOpenTasksAMemberIsGivenOrWatchesAndItsTabCountsThem() throws Exception {
        Person council = program.council("Queue Council");
        Person other = program.council("Queue Colleague");
        Person rep = program.rep("Queue Subject");
        LocalDate today = LocalDate.now(clock);
        tasks.open(new TaskRequested(TaskType.FOLLOW_UP, "Given to the member", rep.getId(), council.getId(), TaskPriority.NORMAL,
                today.plusDays(3), "hub-test:given:" + council.getId(), Set.of()));
        tasks.open(new TaskRequested(TaskType.FOLLOW_UP, "Watched by the member", rep.getId(), other.getId(), TaskPriority.NORMAL,
                today.plusDays(4), "hub-test:watched:" + council.getId(), Set.of(council.getId())));

        Document queue = page("/council", council);

        assertThat(queue.select("main table a").eachText()).contains("Given to the member", "Watched by the member");
        Element tab = queue.selectFirst("nav.council-tabs a[href=/council]");
        assertThat(tab.select(".badge").text()).isEqualTo("2");
        assertThat(queue.select("nav.council-tabs a[href=/council/concerns] .badge")).as("other tabs count too").hasSize(1);
    }

    @Test
    void anAdminSeesTheAdminPagesAndOnlyTheCouncilTabsTheirRulesAllow() throws Exception {
        Person admin = program.admin("Menu Admin");

        Document overdue = page("/council/checkins", admin);

        assertThat(menuLinks(overdue)).contains("/admin/mail", "/admin/roster", "/council/checkins")
                .doesNotContain("/board", "/council");
        assertThat(tabs(overdue)).containsExactly("/council/checkins", "/dashboard/mentors", "/dashboard/unmentored");
        assertThat(page("/dashboard", admin).select("#rep-home")).as("an Admin who is not a Rep gets no Rep's home").isEmpty();
        mvc.perform(get("/council").header("Authorization", Program.bearer(admin))).andExpect(status().isForbidden());
        mvc.perform(get("/council/concerns").header("Authorization", Program.bearer(admin))).andExpect(status().isForbidden());
    }

    @Test
    void everyMenuLabelIsWrittenInEnglishAndSpanish() throws IOException {
        Actor everything = new Actor(-1, EnumSet.of(Role.REP, Role.MENTOR, Role.COUNCIL, Role.ADMIN));
        var english = new Properties();
        var spanish = new Properties();
        try (var bundles = Files.list(Path.of("src/main/resources/messages"))) {
            for (Path bundle : bundles.toList()) {
                try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
                    (bundle.getFileName().toString().endsWith("_es.properties") ? spanish : english).load(reader);
                }
            }
        }
        var labels = new ArrayList<String>(List.of("nav.council"));
        menus.forEach(m -> m.itemsFor(everything).stream().map(MenuItem::labelKey).forEach(labels::add));

        assertThat(labels).hasSizeGreaterThan(20).allSatisfy(key -> {
            assertThat(english).as(key).containsKey(key);
            assertThat(spanish).as(key).containsKey(key);
        });
    }

    @Test
    void aRepsHomeShowsTheirNextCheckInTheirMentorTheirOpenTasksAndTheirStreak() throws Exception {
        Person mentor = program.mentor("Home Mentor");
        Person rep = program.rep("Home Rep");
        program.assign(rep, mentor);
        LocalDate today = LocalDate.now(clock);
        LocalDate next = today.plusDays(5);
        checkIns.plan(program.actor(mentor), new PlanCheckIn(rep.getId(), next.atTime(18, 0), "Europe/Berlin", List.of("Plan the meetup")));
        reports.file(program.actor(rep), new NewReport(today, "ATTENDED_EVENT", "EVENTS", "Went", null, null, null));
        reports.file(program.actor(rep), new NewReport(today.minusDays(7), "ATTENDED_EVENT", "EVENTS", "Went", null, null, null));
        tasks.open(new TaskRequested(TaskType.FOLLOW_UP, "Send the photos", rep.getId(), rep.getId(), TaskPriority.NORMAL,
                today.plusDays(2), "home-test:" + rep.getId(), Set.of()));

        Document home = page("/dashboard", rep);

        assertThat(home.select("#next-checkin").text()).contains(next.toString(), "Home Mentor");
        assertThat(home.select("#my-mentor a").eachAttr("href")).contains("/people/" + mentor.getId(), "mailto:" + mentor.getEmail());
        assertThat(home.select("#rep-home table a").eachText()).contains("Send the photos");
        assertThat(home.select("#my-streak").text()).contains("Reported 2 weeks in a row");
        assertThat(home.select("#first-steps-section")).as("not a newcomer: joined long ago").isEmpty();
        assertThat(home.select("#needs-you-section")).isEmpty();
    }

    @Test
    void aNewcomersHomeListsWhatToDoFirstComputedFromWhatTheyDid() throws Exception {
        LocalDate today = LocalDate.now(clock);
        Person newcomer = people.register(new NewPerson("New Nia", "New Nia Fullname", "new.nia@test.example", "DE", "Berlin",
                "Europe/Berlin", Set.of("en"), Set.of("EVENTS"), null, today.minusDays(10), EnumSet.of(Role.REP), PersonStatus.ACTIVE));
        tokens.issue(newcomer.getId(), "test", Program.tokenOf(newcomer));
        Person mentor = program.mentor("Newcomer Mentor");
        program.assign(newcomer, mentor);

        Document before = page("/dashboard", newcomer);
        assertThat(before.select("#first-steps-list li").eachAttr("data-step")).containsExactly("meetMentor", "firstReport");
        assertThat(before.select("#first-steps-list li").eachAttr("data-done")).containsExactly("false", "false");
        assertThat(before.select("#first-steps-list a").eachAttr("href")).contains("/reports/new", "/people/" + mentor.getId());

        reports.file(program.actor(newcomer), new NewReport(today, "ATTENDED_EVENT", "EVENTS", "First", null, null, null));

        Document after = page("/dashboard", newcomer);
        assertThat(after.select("#first-steps-list li[data-step=firstReport]").attr("data-done")).isEqualTo("true");
        assertThat(after.select("#first-steps-section").text()).contains("1 of 2 done");
    }

    @Test
    void theStreakCountsWeeksAndMonthsInARowEndingNowOrJustBefore() {
        Person rep = program.rep("Streak Rep");
        LocalDate today = LocalDate.now(clock);
        for (LocalDate day : List.of(today, today.minusMonths(1), today.minusMonths(2), today.minusMonths(4))) {
            reports.file(program.actor(rep), new NewReport(day, "ATTENDED_EVENT", "EVENTS", "Went", null, null, null));
        }
        assertThat(statistics.streakOf(rep.getId(), today)).isEqualTo(new ReportingStreak(1, 3));

        Person weekly = program.rep("Weekly Rep");
        for (int week = 1; week <= 4; week++) {
            reports.file(program.actor(weekly), new NewReport(today.minusWeeks(week), "ATTENDED_EVENT", "EVENTS", "Went", null, null, null));
        }
        assertThat(statistics.streakOf(weekly.getId(), today).weeks()).as("the current week may still be without").isEqualTo(4);
        assertThat(statistics.streakOf(weekly.getId(), today.plusWeeks(2)).weeks()).as("a week missed breaks it").isZero();
        assertThat(statistics.streakOf(program.rep("Silent Rep").getId(), today)).isEqualTo(ReportingStreak.NONE);
    }

    @Test
    void aMentorsHomeLeadsWithTheMenteesWhoNeedThemAndWhy() throws Exception {
        Person mentor = program.mentor("Needed Mentor");
        Person silent = program.rep("Silent Sam");
        Person toVerify = program.rep("Verify Vic");
        Person fine = program.rep("Fine Fay");
        for (Person p : List.of(silent, toVerify, fine)) {
            program.assign(p, mentor);
        }
        LocalDate today = LocalDate.now(clock);
        reports.file(program.actor(toVerify), new NewReport(today.minusDays(2), "ORGANIZED_EVENT", "EVENTS", "A meetup", null, null, null));
        reports.file(program.actor(toVerify), new NewReport(today.minusWeeks(10), "ORGANIZED_EVENT", "EVENTS", "Long ago", null, null, null));
        reports.file(program.actor(fine), new NewReport(today.minusDays(1), "ATTENDED_EVENT", "EVENTS", "Went", null, null, null));
        tasks.open(new TaskRequested(TaskType.FOLLOW_UP, "Call Sam", silent.getId(), mentor.getId(), TaskPriority.NORMAL,
                today.plusDays(1), "needs-test:" + mentor.getId(), Set.of()));

        Document home = page("/dashboard", mentor);

        Element needsYou = home.selectFirst("#needs-you-section");
        assertThat(needsYou).isNotNull();
        assertThat(home.select("#needs-you-section, #my-mentees, #mentorship-queue").eachAttr("id")).as("in the page's order")
                .containsExactly("needs-you-section", "my-mentees", "mentorship-queue");
        assertThat(needsYou.select("li[data-mentee]").eachAttr("data-mentee"))
                .containsExactly(silent.getId().toString(), toVerify.getId().toString());
        assertThat(needsYou.select("li[data-mentee=" + silent.getId() + "] [data-reason]").eachAttr("data-reason"))
                .containsExactly("silent", "tasks");
        assertThat(needsYou.select("li[data-mentee=" + toVerify.getId() + "] [data-reason]").eachAttr("data-reason"))
                .contains("unverified").doesNotContain("silent", "checkin");
        assertThat(needsYou.select("a[href^=/reports/mentees]").text()).as("a report older than eight weeks no longer asks")
                .contains("One report to verify");
        assertThat(home.select("#rep-home")).as("a mentor with mentees gets the mentor's home").isEmpty();
    }
}
