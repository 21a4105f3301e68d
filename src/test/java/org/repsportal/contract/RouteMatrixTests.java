package org.repsportal.contract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.Mailbox;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Who may call which route, for every route the portal registers
 * ({@link RequestMappingHandlerMapping#getHandlerMethods()}), checked against the table in
 * {@code src/test/resources/contract/routes.txt}. A route missing from the table fails the build, naming it.
 *
 * <p>Each line of the table is one route: {@code METHOD PATH WHO [variable=seed ...]}. {@code WHO} is a
 * comma-separated list of {@code anonymous}, {@code rep}, {@code mentor} (the Rep's mentor), {@code other}
 * (another mentor), {@code council}, {@code admin}, or a shorthand: {@code everyone}, {@code signed-in} (all but
 * anonymous), {@code nobody}. A path variable takes a seeded value named after the {@code =}: the people above
 * ({@code rep}, {@code mentor}, …), or what the test seeds as the Rep and the mentor: {@code report} (the Rep's),
 * {@code checkin} (the mentor's with the Rep), {@code concern} (raised by the Rep), {@code thread} (a board thread
 * of the mentor), {@code slug} (an SOP page), and from the later modules {@code absence} (the Rep's), {@code event}
 * (the Rep's, ahead), {@code budget} (the Rep's, in the mentor's review), {@code budget-decision} (passed on, waiting
 * for a Council reviewer), {@code budget-receipts} (granted, the event over, waiting for receipts) with its
 * {@code receipt}, {@code reassignment} (the mentor proposes another mentee of theirs to the other mentor) with
 * {@code answer} (the other mentor's answer link), {@code stepdown} (of a third mentor) and {@code spare} (a Rep an Admin
 * may disable), {@code task} (the mentor's review task for that budget) and {@code mail} (the decision mailed to
 * the Rep), {@code suggestion} (the Rep's pending edit of the SOP page), {@code resource} (a community resource
 * the Rep added), {@code nomination} (another mentee of the mentor nominates themselves as mentor), {@code trainee}
 * (a third mentee, appointed by the Council and in orientation) with {@code call} (their onboarding call),
 * {@code leader-nomination} (the mentor puts the Rep forward as an emerging leader) and {@code token} (a second
 * access token of the Rep), {@code application} (confirmed, waiting for the Council) with {@code status} (its
 * applicant's status link) and {@code reference} (its referee's link), {@code confirm} (the mailed link of an
 * application not confirmed yet), {@code withdrawal} (the status link of a confirmed application, for withdrawing),
 * {@code interview} (an application the mentor interviews, times offered) with {@code interview-status}, {@code
 * onboarding} (an applicant accepted with the mentor as theirs, now onboarding) with {@code onboarding-step} and
 * {@code invitation} (the new Rep's account invitation), {@code step} and {@code witness-step} (a self-service
 * and a witnessed step of the trainee's checklist), {@code answered} (a mentee of the mentor who answered the
 * alumni notice), {@code feedback} (the Rep's feedback to the leadership, whose contacts are the Council),
 * {@code with-council} (a silent Rep for the Council to confirm as alumni), {@code alumna} (one
 * the Council confirmed, who may still be brought back), {@code interim} and {@code interim-kept} (interim
 * assignments of two mentees to the other mentor), {@code calendar} (the Rep's calendar feed), and for a trailing
 * {@code /**} bound as {@code **=}: {@code health-group} (a health group), and {@code roster-import} (a finished
 * roster import). The actuator's endpoints (health,
 * metrics) are routes of the table too.
 * Every path variable must be bound: a row that binds one to no seed fails the test, unless it binds it to
 * {@code -} under a comment line {@code # unbindable: <why>} (two routes of the OpenID Connect sign-in); such a variable gets an id
 * that exists nowhere. On a row whose every variable is bound (and on a row without variables), a caller the table
 * allows must find the object (no 404).
 * Adding a route is adding one line, e.g. {@code GET /api/v1/things/{id} rep,mentor id=checkin}.
 * Every HTML page answered on the way must weigh at most {@link #MAX_PAGE_BYTES} compressed.
 *
 * <p>Two people stand for those a route belongs to beyond the six callers: {@code trainee} (the mentor's mentee in
 * orientation) and {@code newrep} (the accepted applicant in onboarding). Each is requested only on the rows that
 * name it (shorthands do not include them).
 *
 * <p>Unsafe API calls carry an empty JSON object, page forms no fields: a caller the row allows may well get a 400
 * or a redirect back to the form, which still counts as allowed.
 *
 * <p>Every cell is requested as each of the six callers, over a signed-in session (with a CSRF token on unsafe
 * methods) and with the caller's access token: a caller the row allows must not get 401/403 (nor a 5xx, nor the
 * sign-in page); a caller it does not allow must get 401, 403 or 404 (anonymous page requests: the sign-in page).
 */
@PortalTest
class RouteMatrixTests {

    private static final List<String> CALLERS = List.of("anonymous", "rep", "mentor", "other", "council", "admin");
    /** Requested only on the rows that name them. */
    private static final List<String> SUBJECTS = List.of("trainee", "newrep");
    /** The error page answers the status of the error it shows: requested by itself, that there is nothing here. */
    private static final String ERROR_PAGE = "/error";
    /** The value of a variable that cannot point at a seed, allowed only under an {@code # unbindable:} comment. */
    private static final String UNBINDABLE = "-";
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    Mailbox mailbox;

    @Autowired
    org.repsportal.support.TestClock clock;

    @Autowired
    org.repsportal.budgets.BudgetSweeps budgetSweeps;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    org.repsportal.identity.AccessTokens tokens;

    @Autowired
    org.repsportal.identity.Accounts accounts;

    @Autowired
    org.repsportal.people.People directory;

    @Autowired
    org.repsportal.mentorship.Mentorships mentorships;

    @Autowired
    org.repsportal.mentorship.AlumniWatch alumni;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** The actuator's endpoints (health, metrics), mapped apart from the portal's controllers. */
    @Autowired
    org.springframework.boot.webmvc.actuate.endpoint.web.WebMvcEndpointHandlerMapping actuator;

    record Row(String method, String path, Set<String> who, Map<String, String> bindings, int line, String unbindable) {
    }

    @Test
    void everyRegisteredRouteIsInTheTableAndAnswersEachCallerAsTheTableSays() throws Exception {
        Map<String, Row> table = readTable();
        Set<String> registered = registeredRoutes();

        Set<String> missing = new TreeSet<>(registered);
        missing.removeAll(table.keySet());
        Set<String> stale = new TreeSet<>(table.keySet());
        stale.removeAll(registered);
        assertThat(stale).as("lines of routes.txt that match no registered route").isEmpty();
        assertThat(unbound(table.values())).as("rows of routes.txt with a path variable bound to no seed (bind it to one the "
                + "test makes, or to - under a comment line '# unbindable: <why>')").isEmpty();

        Map<String, Person> people = new LinkedHashMap<>();
        Person mentor = program.mentor("Matrix Mentor");
        Person rep = program.menteeOf(mentor, "Matrix Rep");
        people.put("rep", rep);
        people.put("mentor", mentor);
        people.put("other", program.mentor("Matrix Other"));
        people.put("council", program.council("Matrix Council"));
        people.put("admin", program.admin("Matrix Admin"));
        Map<String, String> seeds = seed(people);
        Map<String, Cookie> sessions = new LinkedHashMap<>();
        for (var person : people.entrySet()) {
            sessions.put(person.getKey(), SignIn.as(mvc, person.getValue()));
        }

        List<String> failures = new ArrayList<>();
        int cells = 0;
        List<Row> rows = new ArrayList<>(table.values());
        for (String route : missing) {
            String[] parts = route.split(" ", 2);
            rows.add(new Row(parts[0], parts[1], null, Map.of(), 0, null));
        }
        Map<String, Set<String>> observed = new TreeMap<>();
        // reads first, so that what a write changes cannot hide a read's answer
        rows.sort((a, b) -> Boolean.compare(!"GET".equals(a.method()), !"GET".equals(b.method())));
        for (Row row : rows) {
            String uri = expand(row, seeds);
            List<String> callers = new ArrayList<>(CALLERS);
            if (row.who() != null) {
                SUBJECTS.stream().filter(row.who()::contains).forEach(callers::add);
            }
            for (String caller : callers) {
                for (boolean overToken : List.of(false, true)) {
                    if (caller.equals("anonymous") && overToken) {
                        continue;
                    }
                    MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(row.method()), uri)
                            .accept("text/html,application/json;q=0.9");
                    if (!caller.equals("anonymous")) {
                        if (overToken) {
                            request.header("Authorization", Program.bearer(people.get(caller)));
                        } else {
                            request.cookie(row.path().equals("/logout") ? SignIn.as(mvc, people.get(caller)) : sessions.get(caller));
                        }
                    }
                    if (!row.method().equals("GET") && !overToken) {
                        request.with(csrf());
                    }
                    if (!row.method().equals("GET") && row.path().startsWith("/api/")) {
                        // an empty object reaches the service, which decides who may; no body would fail earlier
                        request.contentType("application/json").content("{}");
                    }
                    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
                    cells++;
                    int status = response.getStatus();
                    if (status == 200 && row.method().equals("GET") && String.valueOf(response.getContentType()).startsWith("text/html")) {
                        int compressed = gzippedSize(response.getContentAsByteArray());
                        if (compressed > MAX_PAGE_BYTES) {
                            failures.add(row.method() + " " + uri + " as " + caller + ": " + compressed
                                    + " bytes compressed, more than a page may weigh (" + MAX_PAGE_BYTES + ")");
                        }
                    }
                    boolean signInPage = status == 302 && response.getRedirectedUrl() != null
                            && response.getRedirectedUrl().endsWith("/login");
                    boolean refused = status == 401 || status == 403 || signInPage;
                    String cell = row.method() + " " + uri + " as " + caller + (overToken ? " (token)" : caller.equals("anonymous") ? "" : " (session)")
                            + " → " + status + " [routes.txt line " + row.line() + "]";
                    if (row.who() == null) {
                        if (!refused && status != 404) {
                            observed.computeIfAbsent(row.method() + " " + row.path(), k -> new TreeSet<>()).add(caller);
                        } else {
                            observed.computeIfAbsent(row.method() + " " + row.path(), k -> new TreeSet<>());
                        }
                    } else if (status >= 500) {
                        failures.add(cell + ": a server error");
                    } else if (row.who().contains(caller) && refused) {
                        failures.add(cell + ": refused, but the table allows " + caller);
                    } else if (row.who().contains(caller) && status == 404 && allBound(row) && !row.path().equals(ERROR_PAGE)) {
                        failures.add(cell + ": not found, but the table binds every path variable to a seed and allows " + caller);
                    } else if (!row.who().contains(caller) && !refused && status != 404) {
                        failures.add(cell + ": allowed, but the table does not list " + caller);
                    }
                }
            }
        }
        System.out.printf("RouteMatrixTests: %d routes, %d cells%n", rows.size(), cells);
        List<String> proposals = new ArrayList<>();
        observed.forEach((route, who) -> proposals.add(route + " " + (who.isEmpty() ? "nobody" : String.join(",", who))));
        assertThat(missing).as("routes missing from src/test/resources/contract/routes.txt; lines as the portal answers "
                + "now (check them, bind path variables to seeds):%n%s", String.join("\n", proposals)).isEmpty();
        assertThat(failures).isEmpty();
    }

    /** A page's HTML, compressed as the portal sends it; its styles and scripts are cached by the browser. */
    static final int MAX_PAGE_BYTES = 20 * 1024;

    private static int gzippedSize(byte[] body) throws java.io.IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(bytes)) {
            gzip.write(body);
        }
        return bytes.size();
    }

    /** Things to point path variables at, made through the API as their owners would. */
    private Map<String, String> seed(Map<String, Person> people) throws Exception {
        Map<String, String> seeds = new TreeMap<>();
        people.forEach((name, person) -> seeds.put(name, String.valueOf(person.getId())));
        JsonNode catalog = call("GET", "/api/v1/catalog", people.get("rep"), null);
        String activity = catalog.path("activities").path(0).path("code").asText();
        String area = catalog.path("functionalAreas").path(0).path("code").asText();
        seeds.put("report", call("POST", "/api/v1/reports", people.get("rep"), Map.of("date", LocalDate.now().minusDays(1).toString(),
                "activity", activity, "functionalArea", area, "description", "A talk at a meetup")).path("id").asText());
        seeds.put("checkin", call("POST", "/api/v1/checkins", people.get("mentor"), Map.of("menteeId", people.get("rep").getId(),
                "scheduledFor", LocalDate.now().plusDays(3) + "T10:00", "goals", List.of("Plan the next event"))).path("id").asText());
        seeds.put("concern", call("POST", "/api/v1/concerns", people.get("rep"), Map.of("category", "SUCCESS_OR_IDEA",
                "summary", "An idea", "details", "A program-wide idea")).path("id").asText());
        seeds.put("thread", call("POST", "/api/v1/board/threads", people.get("mentor"), Map.of("title", "Help",
                "body", "How do you run check-ins?")).path("id").asText());
        seeds.put("slug", call("GET", "/api/v1/library/pages", people.get("rep"), null).path("items").path(0).path("slug").asText());
        seedLaterModules(people, seeds);
        seedLibrary(people, seeds);
        // a finished roster import, written as the import job leaves it (a running one would hold up other imports)
        seeds.put("roster-import", String.valueOf(jdbc.sql("""
                        insert into roster_imports (started_by, file_name, content, state, total_rows, processed_rows, unchanged,
                                                    started_at, finished_at)
                        values (:admin, 'roster.csv', '', 'FINISHED', 1, 1, 1, now(), now()) returning id""")
                .param("admin", people.get("admin").getId()).query(Long.class).single()));
        seedOrientation(people, seeds);
        seedApplication(seeds);
        seedApplicants(people, seeds);
        seedAlumni(people, seeds);
        seedInterims(people, seeds);
        String feed = call("GET", "/api/v1/me/calendar", people.get("rep"), null).path("feedUrl").asText();
        Matcher feedToken = Pattern.compile("/api/v1/calendar/([^/.]+)\\.ics$").matcher(feed);
        assertThat(feedToken.find()).as("the Rep's feed address %s", feed).isTrue();
        seeds.put("calendar", feedToken.group(1));
        seeds.put("health-group", "database");
        seeds.put("leader-nomination", call("POST", "/api/v1/nominations", people.get("mentor"), Map.of("personId",
                people.get("rep").getId(), "reason", "Leads the local community with care")).path("id").asText());
        seeds.put("feedback", call("POST", "/api/v1/feedback", people.get("rep"), Map.of("to", "LEADERSHIP",
                "subject", "A shorter report form", "text", "Reports take long to file on a phone.")).path("id").asText());
        // a second token of the Rep, so that revoking it leaves the one the matrix calls with
        tokens.issue(people.get("rep").getId(), "Matrix script", "matrix-spare-token");
        seeds.put("token", String.valueOf(jdbc.sql("select max(id) from access_tokens where person_id = ?")
                .param(people.get("rep").getId()).query(Long.class).single()));
        seeds.values().forEach(value -> assertThat(value).as("seeds %s", seeds).isNotBlank().isNotEqualTo("0"));
        return seeds;
    }

    /**
     * What the later modules make: an absence, an event, budget requests at the stages where each role's access
     * differs (in the mentor's review, in the Council's decision, waiting for receipts with one receipt), a
     * reassignment proposed for another mentee of the mentor with its answer link, a step-down, and a spare Rep an
     * Admin may disable.
     */
    private void seedLaterModules(Map<String, Person> people, Map<String, String> seeds) throws Exception {
        Person rep = people.get("rep");
        Person mentor = people.get("mentor");
        LocalDate today = LocalDate.now(clock);
        seeds.put("absence", call("POST", "/api/v1/absences", rep, Map.of("from", today.plusDays(60).toString(),
                "to", today.plusDays(64).toString(), "autoReply", "Away for a few days")).path("id").asText());
        seeds.put("event", event(rep, today.plusDays(40)));
        seeds.put("budget", budget(rep, seeds.get("event")));
        call("POST", "/api/v1/budgets/" + seeds.get("budget") + "/submit", rep, null);
        seeds.put("budget-decision", budget(rep, event(rep, today.plusDays(45))));
        call("POST", "/api/v1/budgets/" + seeds.get("budget-decision") + "/submit", rep, null);
        call("POST", "/api/v1/budgets/" + seeds.get("budget-decision") + "/mentor-review", mentor, REVIEW);
        String waiting = budget(rep, event(rep, today.plusDays(25)));
        call("POST", "/api/v1/budgets/" + waiting + "/submit", rep, null);
        call("POST", "/api/v1/budgets/" + waiting + "/mentor-review", mentor, REVIEW);
        call("POST", "/api/v1/budgets/" + waiting + "/decision", people.get("council"), Map.of("outcome", "APPROVED", "reason", "Fine"));
        try {
            clock.advance(java.time.Duration.ofDays(30));
            budgetSweeps.runDue();
            MockHttpServletResponse upload = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .multipart("/api/v1/budgets/" + waiting + "/receipts")
                            .file(new org.springframework.mock.web.MockMultipartFile("file", "receipt.pdf", "application/pdf",
                                    "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
                            .param("amount", "18.00")
                            .header("Authorization", Program.bearer(rep)))
                    .andReturn().getResponse();
            assertThat(upload.getStatus()).as(upload.getContentAsString()).isEqualTo(201);
        } finally {
            clock.reset();
        }
        seeds.put("budget-receipts", waiting);
        seeds.put("receipt", String.valueOf(jdbc.sql("select max(id) from budget_receipts where request_id = ?")
                .param(Long.parseLong(waiting)).query(Long.class).single()));

        Person movingMentee = program.menteeOf(mentor, "Matrix Moving Mentee");
        long reassignment = call("POST", "/api/v1/mentorship/reassignments", mentor, Map.of("menteeId", movingMentee.getId(),
                "toMentorId", people.get("other").getId(), "reason", "Closer to the mentee's time zone")).path("id").asLong();
        seeds.put("reassignment", String.valueOf(reassignment));
        seeds.put("answer", jdbc.sql("select to_token from reassignments where id = ?").param(reassignment).query(String.class).single());

        Person leaving = program.mentor("Matrix Leaving Mentor");
        program.assign(program.rep("Matrix Leaving Mentee"), leaving);
        MockHttpServletResponse stepDown = mvc.perform(request(HttpMethod.POST, "/mentorship/step-down").cookie(SignIn.as(mvc, leaving))
                        .with(csrf()).param("lastDay", today.plusDays(30).toString()).param("subject", "Stepping down")
                        .param("body", "I am stepping down as a mentor at the end of next month."))
                .andReturn().getResponse();
        assertThat(stepDown.getRedirectedUrl()).as("step-down: %s", stepDown.getContentAsString()).startsWith("/mentorship/step-downs/");
        seeds.put("stepdown", stepDown.getRedirectedUrl().substring("/mentorship/step-downs/".length()));
        seeds.put("spare", String.valueOf(program.rep("Matrix Spare").getId()));
        // the mentor's review task for the budget, and a mail in the log, both written by listeners after the commit
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from tasks where assignee_id = ? and type = 'BUDGET_REVIEW'").param(mentor.getId()).query(Long.class).single() > 0);
        seeds.put("task", String.valueOf(jdbc.sql("select min(id) from tasks where assignee_id = ? and type = 'BUDGET_REVIEW'")
                .param(mentor.getId()).query(Long.class).single()));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> !mailbox.to(rep).in("BUDGET_REVIEW").isEmpty());
        seeds.put("mail", String.valueOf(mailbox.to(rep).in("BUDGET_REVIEW").first().id()));
    }

    /** A Rep's suggested edit of the SOP page (pending) and a community resource a Rep added. */
    private void seedLibrary(Map<String, Person> people, Map<String, String> seeds) throws Exception {
        Person rep = people.get("rep");
        String markdown = call("GET", "/api/v1/library/pages/" + seeds.get("slug"), rep, null).path("markdown").asText();
        seeds.put("suggestion", call("POST", "/api/v1/library/pages/" + seeds.get("slug") + "/suggestions", rep, Map.of(
                "body", markdown + "\n\nOne more sentence.", "note", "A clearer ending")).path("id").asText());
        seeds.put("resource", call("POST", "/api/v1/library/resources", rep, Map.of("title", "A meetup guide",
                "url", "https://example.org/guide", "topic", "EVENTS_AND_BUDGETS")).path("id").asText());
    }

    /**
     * Becoming a mentor: another mentee of the mentor nominates themselves ({@code nomination}, waiting for the
     * mentor's endorsement); a third mentee, nominated and appointed by the Council, is in orientation
     * ({@code trainee}, also a caller of the rows that name them) and invited to an onboarding call ({@code call});
     * a step they may mark done themselves ({@code step}) and one the Council confirms ({@code witness-step}).
     */
    private void seedOrientation(Map<String, Person> people, Map<String, String> seeds) throws Exception {
        Person mentor = people.get("mentor");
        Person council = people.get("council");
        Person nominee = program.menteeOf(mentor, "Matrix Nominee");
        seeds.put("nomination", call("POST", "/api/v1/orientation/nominations", nominee,
                Map.of("reason", "I would like to mentor new Reps")).path("id").asText());
        Person trainee = program.menteeOf(mentor, "Matrix Trainee");
        String appointed = call("POST", "/api/v1/orientation/nominations", council, Map.of("personId", trainee.getId(),
                "reason", "A steady Rep for two years")).path("id").asText();
        call("POST", "/api/v1/orientation/nominations/" + appointed + "/appoint", council, null);
        seeds.put("trainee", String.valueOf(trainee.getId()));
        people.put("trainee", trainee);
        JsonNode steps = call("GET", "/api/v1/orientation", trainee, null).path("steps");
        for (JsonNode step : steps) {
            seeds.putIfAbsent(step.path("selfService").asBoolean() ? "step" : "witness-step", step.path("key").asText());
        }
        seeds.put("call", call("POST", "/api/v1/orientation/calls", council, Map.of("kind", "ONBOARDING",
                "date", LocalDate.now(clock).plusDays(10).toString(), "time", "18:00", "timeZone", "Europe/Berlin",
                "link", "https://meet.example.org/onboarding", "inviteeIds", List.of(trainee.getId()))).path("id").asText());
    }

    /** An application sent through the public form and confirmed through the mailed link: the Council's to screen. */
    private void seedApplication(Map<String, String> seeds) throws Exception {
        String email = "matrix.applicant@applicant.example";
        Map<String, Object> form = Map.ofEntries(Map.entry("name", "Matrix Applicant"), Map.entry("email", email),
                Map.entry("region", "LATAM"), Map.entry("country", "AR"), Map.entry("city", "Rosario"),
                Map.entry("languages", List.of("es", "en")), Map.entry("timeZone", "America/Argentina/Cordoba"),
                Map.entry("functionalAreas", List.of("LOCALIZATION")), Map.entry("adult", true), Map.entry("monthsInvolved", 9),
                Map.entry("answers", Map.of("motivation", "I want to grow our community", "contributions", "Translated strings",
                        "otherProjects", "OpenStreetMap", "goals", "Two localization sprints", "mobilising", "Meetups")),
                Map.entry("links", List.of("https://example.net/my-work")),
                Map.entry("referees", List.of(Map.of("name", "Ana Ref", "email", "matrix.referee@applicant.example"))));
        MockHttpServletResponse applied = mvc.perform(request(HttpMethod.POST, "/api/v1/applications")
                        .contentType("application/json").content(JSON.writeValueAsString(form))
                        .with(r -> {
                            r.setRemoteAddr("10.9.9.9");
                            return r;
                        }))
                .andReturn().getResponse();
        assertThat(applied.getStatus()).as("apply: %s", applied.getContentAsString()).isEqualTo(201);
        long id = JSON.readTree(applied.getContentAsString()).path("id").asLong();
        String confirm = jdbc.sql("select confirm_token from applications where id = ?").param(id).query(String.class).single();
        MockHttpServletResponse confirmed = mvc.perform(request(HttpMethod.GET, "/apply/confirm/" + confirm)).andReturn().getResponse();
        assertThat(confirmed.getStatus()).as("confirm: %s", confirmed.getContentAsString()).isEqualTo(302);
        seeds.put("application", String.valueOf(id));
        seeds.put("status", jdbc.sql("select status_token from applications where id = ?").param(id).query(String.class).single());
    }

    /**
     * Applicants at the stages the public links and the onboarding pages differ in, each through the public form and
     * the pages and API its people would use: one not confirmed yet ({@code confirm}), one confirmed for the matrix to
     * withdraw ({@code withdrawal}), one the mentor interviews with times offered ({@code interview}), and one the
     * Council accepted after the mentor's interview, who is now a new Rep onboarding with the mentor as theirs
     * ({@code onboarding}, {@code newrep}, with the account invitation mailed to them).
     */
    private void seedApplicants(Map<String, Person> people, Map<String, String> seeds) throws Exception {
        Person mentor = people.get("mentor");
        Person council = people.get("council");
        seeds.put("reference", jdbc.sql("select token from application_referees where application_id = ?")
                .param(Long.parseLong(seeds.get("application"))).query(String.class).single());

        long unconfirmed = apply("Matrix Unconfirmed", "matrix.unconfirmed@applicant.example", "10.9.9.1");
        seeds.put("confirm", jdbc.sql("select confirm_token from applications where id = ?").param(unconfirmed).query(String.class).single());

        long withdrawal = apply("Matrix Withdrawing", "matrix.withdrawing@applicant.example", "10.9.9.2");
        seeds.put("withdrawal", confirmed(withdrawal));

        long interview = apply("Matrix Interviewee", "matrix.interviewee@applicant.example", "10.9.9.3");
        seeds.put("interview-status", confirmed(interview));
        vouch(interview);
        call("POST", "/api/v1/applications/" + interview + "/interviewer", council, Map.of("mentorId", mentor.getId()));
        LocalDate today = LocalDate.now(clock);
        call("POST", "/api/v1/applications/" + interview + "/slots", mentor, Map.of("timeZone", "Europe/Berlin",
                "slots", List.of(today.plusDays(5) + "T10:00", today.plusDays(6) + "T18:00")));
        seeds.put("interview", String.valueOf(interview));

        long accepted = apply("Matrix Newcomer", "matrix.newcomer@applicant.example", "10.9.9.4");
        confirmed(accepted);
        vouch(accepted);
        call("POST", "/api/v1/applications/" + accepted + "/interviewer", council, Map.of("mentorId", mentor.getId()));
        call("POST", "/api/v1/applications/" + accepted + "/interview", mentor, Map.of("scores", List.of(3, 3, 3, 3, 3),
                "notes", List.of(), "evidence", List.of(), "recommendation", "ACCEPTED", "reason", "Ready to start"));
        call("POST", "/api/v1/applications/" + accepted + "/decision", council, Map.of("outcome", "ACCEPTED",
                "reason", "A strong localization record"));
        seeds.put("onboarding", String.valueOf(accepted));
        seeds.put("onboarding-step", "agreement");
        long newRepId = jdbc.sql("select person_id from applications where id = ?").param(accepted).query(Long.class).single();
        String body = mailbox.to(newRepId).in("ACCOUNT").latest().body();
        Matcher link = Pattern.compile("/invitation/([A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).as("the invitation mailed to the new Rep: %s", body).isTrue();
        seeds.put("invitation", link.group(1));
        // the invitation stays unused for the matrix; the new Rep signs in as every test person does
        Person newRep = directory.get(newRepId);
        accounts.open(newRepId, newRep.getEmail(), Program.PASSWORD);
        tokens.issue(newRepId, "test", Program.tokenOf(newRep));
        seeds.put("newrep", String.valueOf(newRepId));
        people.put("newrep", newRep);
    }

    /** An application sent through the public form from its own client address, not confirmed yet. */
    private long apply(String name, String email, String clientAddress) throws Exception {
        Map<String, Object> form = Map.ofEntries(Map.entry("name", name), Map.entry("email", email),
                Map.entry("region", "EUROPE"), Map.entry("country", "DE"), Map.entry("city", "Leipzig"),
                Map.entry("languages", List.of("de", "en")), Map.entry("timeZone", "Europe/Berlin"),
                Map.entry("functionalAreas", List.of("EVENTS")), Map.entry("adult", true), Map.entry("monthsInvolved", 12),
                Map.entry("answers", Map.of("motivation", "I want to grow our community", "contributions", "Ran meetups",
                        "otherProjects", "Wikipedia", "goals", "Two events a quarter", "mobilising", "Local groups")),
                Map.entry("links", List.of("https://example.net/work")),
                Map.entry("referees", List.of(Map.of("name", "Ref of " + name, "email", "ref." + email))));
        MockHttpServletResponse applied = mvc.perform(request(HttpMethod.POST, "/api/v1/applications")
                        .contentType("application/json").content(JSON.writeValueAsString(form))
                        .with(r -> {
                            r.setRemoteAddr(clientAddress);
                            return r;
                        }))
                .andReturn().getResponse();
        assertThat(applied.getStatus()).as("apply: %s", applied.getContentAsString()).isEqualTo(201);
        return JSON.readTree(applied.getContentAsString()).path("id").asLong();
    }

    /** The applicant follows the mailed link; returns their status link. */
    private String confirmed(long application) throws Exception {
        String confirm = jdbc.sql("select confirm_token from applications where id = ?").param(application).query(String.class).single();
        MockHttpServletResponse confirmed = mvc.perform(request(HttpMethod.GET, "/apply/confirm/" + confirm)).andReturn().getResponse();
        assertThat(confirmed.getStatus()).as("confirm: %s", confirmed.getContentAsString()).isEqualTo(302);
        return jdbc.sql("select status_token from applications where id = ?").param(application).query(String.class).single();
    }

    /** The referee answers through their link, which starts the screening. */
    private void vouch(long application) throws Exception {
        String token = jdbc.sql("select token from application_referees where application_id = ?").param(application)
                .query(String.class).single();
        MockHttpServletResponse answered = mvc.perform(request(HttpMethod.POST, "/reference/" + token).with(csrf())
                        .param("howKnown", "We organise meetups together").param("whatSeen", "Careful, friendly work")
                        .param("vouches", "true"))
                .andReturn().getResponse();
        assertThat(answered.getStatus()).as("reference: %s", answered.getContentAsString()).isEqualTo(302);
    }

    /**
     * The alumni watch at the three stages with a route each: a mentee of the mentor who answered the notice with
     * activity elsewhere ({@code answered}), a silent Rep with the Council ({@code with-council}), and one the Council
     * confirmed as alumni ({@code alumna}). The notices are written as the daily watch writes them: running the watch
     * itself here would notice every silent Rep of the other tests sharing this database.
     */
    private void seedAlumni(Map<String, Person> people, Map<String, String> seeds) {
        LocalDate today = LocalDate.now(clock);
        Person answered = program.rep("Matrix Answering Mentee");
        program.assign(answered, people.get("mentor"));
        notice(answered, "NOTICED", today.minusDays(3));
        alumni.answer(program.actor(answered), "I run the city's open-data meetup", "https://example.org/open-data");
        seeds.put("answered", String.valueOf(answered.getId()));
        Person silent = program.rep("Matrix Silent Rep");
        notice(silent, "WITH_COUNCIL", today.minusDays(40));
        seeds.put("with-council", String.valueOf(silent.getId()));
        Person alumna = program.rep("Matrix Alumna");
        notice(alumna, "WITH_COUNCIL", today.minusDays(40));
        alumni.confirmAlumni(program.actor(people.get("council")), alumna.getId());
        seeds.put("alumna", String.valueOf(alumna.getId()));
    }

    private void notice(Person rep, String state, LocalDate noticedOn) {
        jdbc.sql("insert into alumni_watch (person_id, state, noticed_on, council_task_on) values (?, ?, ?, ?)")
                .params(rep.getId(), state, noticedOn, "WITH_COUNCIL".equals(state) ? noticedOn.plusDays(30) : null).update();
    }

    /** Two mentees of a mentor who is away, covered by the other mentor as interim: one for the note, one to keep. */
    private void seedInterims(Map<String, Person> people, Map<String, String> seeds) {
        Person away = program.mentor("Matrix Away Mentor");
        var council = program.actor(people.get("council"));
        LocalDate lastDay = LocalDate.now(clock).plusDays(20);
        for (String seed : List.of("interim", "interim-kept")) {
            Person mentee = program.menteeOf(away, "Matrix Covered " + seed);
            seeds.put(seed, String.valueOf(mentorships.assign(council, org.repsportal.mentorship.AssignMentor.interim(mentee.getId(),
                    people.get("other").getId(), "Covers the mentor's absence", lastDay, null)).getId()));
        }
    }

    private static final Map<String, Object> REVIEW = Map.of("rationale", "Modest and well planned.", "action", "pass",
            "points", Map.of("metrics", Map.of("verdict", "OK"), "lessons", Map.of("verdict", "OK"), "savings", Map.of("verdict", "OK"),
                    "travel", Map.of("verdict", "OK"), "agenda", Map.of("verdict", "OK"), "costs", Map.of("verdict", "OK")));

    private String event(Person owner, LocalDate on) throws Exception {
        return call("POST", "/api/v1/events", owner, Map.of("name", "Matrix meetup", "type", "MEETUP", "startsOn", on.toString(),
                "endsOn", on.toString(), "timeZone", "Europe/Berlin", "online", true, "expectedAttendance", 20,
                "goals", "Meet the community",
                "agenda", List.of(Map.of("startsAt", "18:00", "title", "Welcome"), Map.of("startsAt", "18:30", "title", "Talks")),
                "metrics", List.of(Map.of("name", "Attendees", "expected", "20"), Map.of("name", "Sign-ups", "expected", "5"),
                        Map.of("name", "Posts", "expected", "2")))).path("id").asText();
    }

    private String budget(Person rep, String eventId) throws Exception {
        return call("POST", "/api/v1/budgets", rep, Map.of("eventId", Long.parseLong(eventId), "currency", "EUR",
                "lines", List.of(Map.of("category", "CATERING", "description", "Snacks", "quantity", "20", "unitCost", "4.00")),
                "savingsSought", "The hall is lent for free")).path("id").asText();
    }

    private JsonNode call(String method, String uri, Person caller, Object body) throws Exception {
        var request = request(HttpMethod.valueOf(method), uri).header("Authorization", Program.bearer(caller));
        if (body != null) {
            request.contentType("application/json").content(JSON.writeValueAsString(body));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as("%s %s: %s", method, uri, response.getContentAsString()).isLessThan(300);
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    /**
     * Whether every path variable of the row is bound to a seed (or it has none), so that an allowed caller finds
     * what it asks for.
     */
    private static boolean allBound(Row row) {
        Matcher variable = VARIABLE.matcher(row.path());
        while (variable.find()) {
            String seed = row.bindings().get(variable.group(1));
            if (seed == null || seed.equals(UNBINDABLE)) {
                return false;
            }
        }
        return true;
    }

    /** The rows with a variable bound to no seed and not written down as unbindable, each with its line. */
    private static List<String> unbound(java.util.Collection<Row> rows) {
        List<String> unbound = new ArrayList<>();
        for (Row row : rows) {
            Matcher variable = VARIABLE.matcher(row.path());
            while (variable.find()) {
                String seed = row.bindings().get(variable.group(1));
                if (seed == null || (seed.equals(UNBINDABLE) && row.unbindable() == null)) {
                    unbound.add("line " + row.line() + ": " + row.method() + " " + row.path() + " binds no " + variable.group(1));
                }
            }
        }
        return unbound;
    }

    private static String expand(Row row, Map<String, String> seeds) {
        Matcher variable = VARIABLE.matcher(row.path());
        StringBuilder uri = new StringBuilder();
        while (variable.find()) {
            String seed = row.bindings().get(variable.group(1));
            String value = seed == null || seed.equals(UNBINDABLE) ? "987654321" : seeds.get(seed);
            assertThat(value).as("routes.txt line %d binds %s to an unknown seed %s", row.line(), variable.group(1), seed).isNotNull();
            variable.appendReplacement(uri, Matcher.quoteReplacement(value));
        }
        variable.appendTail(uri);
        // a trailing /** takes the seed bound to ** (e.g. a health group), or any one segment
        String rest = row.bindings().containsKey("**") ? seeds.get(row.bindings().get("**")) : "x";
        return uri.toString().replace("/**", "/" + rest);
    }

    private Set<String> registeredRoutes() {
        Set<String> routes = new TreeSet<>();
        var handlers = new LinkedHashMap<>(mappings.getHandlerMethods());
        handlers.putAll(actuator.getHandlerMethods());
        handlers.forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? EnumSet.of(RequestMethod.GET, RequestMethod.POST) : methods) {
                    routes.add(method + " " + pattern);
                }
            }
        });
        return routes;
    }

    private static Map<String, Row> readTable() throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        var resource = RouteMatrixTests.class.getResourceAsStream("/contract/routes.txt");
        assertThat(resource).as("src/test/resources/contract/routes.txt").isNotNull();
        try (var reader = new BufferedReader(new InputStreamReader(resource, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            String unbindable = null;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.startsWith("# unbindable:") && text.length() > "# unbindable:".length()) {
                    unbindable = text.substring("# unbindable:".length()).strip();
                    continue;
                }
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] parts = text.split("\\s+");
                assertThat(parts.length).as("routes.txt line %d: METHOD PATH WHO [variable=seed ...]", number).isGreaterThanOrEqualTo(3);
                Set<String> who = new TreeSet<>();
                for (String name : parts[2].split(",")) {
                    switch (name) {
                        case "everyone" -> who.addAll(CALLERS);
                        case "signed-in" -> who.addAll(CALLERS.subList(1, CALLERS.size()));
                        case "nobody" -> {
                        }
                        default -> {
                            assertThat(CALLERS.contains(name) || SUBJECTS.contains(name))
                                    .as("routes.txt line %d: unknown caller %s", number, name).isTrue();
                            who.add(name);
                        }
                    }
                }
                Map<String, String> bindings = new LinkedHashMap<>();
                for (int i = 3; i < parts.length; i++) {
                    String[] binding = parts[i].split("=", 2);
                    assertThat(binding).as("routes.txt line %d: variable=seed", number).hasSize(2);
                    bindings.put(binding[0], binding[1]);
                }
                String key = parts[0] + " " + parts[1];
                assertThat(rows).as("routes.txt line %d repeats %s", number, key).doesNotContainKey(key);
                rows.put(key, new Row(parts[0], parts[1], who, bindings, number, unbindable));
                unbindable = null;
            }
        }
        return rows;
    }
}
