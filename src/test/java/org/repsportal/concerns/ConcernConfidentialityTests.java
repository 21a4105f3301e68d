package org.repsportal.concerns;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.Mailbox;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A concern is read by its reporter and the Council only. Every page and API path that names a concern answers
 * anyone else with 404 — the same as for a concern that does not exist — and no list shows it to them.
 */
@PortalTest
class ConcernConfidentialityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    Mailbox mailbox;

    @Autowired
    Concerns concerns;

    Person reporter;
    Person reportersMentor;
    Person concerned;
    Person concernedsMentor;
    Person council;
    Person admin;
    Person unrelated;
    Person recusedCouncilMember;
    Person recusedsMentor;

    String secret;
    long aboutRep;
    long aboutCouncilMember;

    @BeforeEach
    void aConcernAboutARepAndOneAboutACouncilMember() {
        reporter = program.rep("Reporting Rita");
        reportersMentor = program.mentor("Rita's Mentor");
        program.assign(reporter, reportersMentor);
        concerned = program.rep("Concerned Conrad");
        concernedsMentor = program.mentor("Conrad's Mentor");
        program.assign(concerned, concernedsMentor);
        council = program.council("Council Cleo");
        admin = program.admin("Admin Ada");
        unrelated = program.rep("Unrelated Uma");
        recusedCouncilMember = program.council("Recused Ruben");
        recusedsMentor = program.mentor("Ruben's Mentor");
        program.assign(recusedCouncilMember, recusedsMentor);

        secret = "Secret " + UUID.randomUUID();
        aboutRep = concerns.raise(program.actor(reporter), new NewConcern("ABUSE", concerned.getId(), secret + " about a Rep",
                "Details only the Council reads", false, true)).getId();
        aboutCouncilMember = concerns.raise(program.actor(reporter), new NewConcern("CONFLICT", recusedCouncilMember.getId(),
                secret + " about a Council member", "More details only the Council reads", false, false)).getId();
    }

    @Test
    void noOneButTheReporterAndTheCouncilReadsAConcernThroughAnyPath() throws Exception {
        for (long concern : List.of(aboutRep, aboutCouncilMember)) {
            for (Person outsider : outsidersOf(concern)) {
                for (MockHttpServletRequestBuilder path : concernPaths(concern)) {
                    MvcResult result = mvc.perform(as(outsider, path)).andReturn();
                    assertThat(result.getResponse().getStatus())
                            .as("%s %s as %s", result.getRequest().getMethod(), result.getRequest().getRequestURI(), outsider.getDisplayName())
                            .isEqualTo(404);
                    assertThat(result.getResponse().getContentAsString()).doesNotContain(secret);
                }
            }
        }
        assertThat(concerns.open(program.actor(council), aboutRep).concern().getState()).as("nothing moved it")
                .isEqualTo(ConcernState.NEW);
        assertThat(concerns.open(program.actor(council), aboutCouncilMember).concern().getState()).isEqualTo(ConcernState.NEW);
    }

    /** Who must not read the concern: the person concerned (recused when on the Council), their mentor, and others. */
    private List<Person> outsidersOf(long concern) {
        return concern == aboutRep
                ? List.of(concerned, concernedsMentor, admin, unrelated, reportersMentor)
                : List.of(recusedCouncilMember, recusedsMentor, admin, unrelated, reportersMentor);
    }

    private String summaryOf(long concern) {
        return concern == aboutRep ? secret + " about a Rep" : secret + " about a Council member";
    }

    @Test
    void aConcernNobodyMaySeeAnswersLikeOneThatDoesNotExist() throws Exception {
        MvcResult refused = mvc.perform(as(unrelated, get("/api/v1/concerns/" + aboutRep))).andReturn();
        MvcResult missing = mvc.perform(as(unrelated, get("/api/v1/concerns/" + (aboutRep + 1_000_000)))).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(missing.getResponse().getStatus()).isEqualTo(404);
        assertThat(refused.getResponse().getContentAsString())
                .isEqualTo(missing.getResponse().getContentAsString().replace(String.valueOf(aboutRep + 1_000_000), String.valueOf(aboutRep)));
    }

    @Test
    void noListShowsTheConcernToAnyoneElse() throws Exception {
        for (long concern : List.of(aboutRep, aboutCouncilMember)) {
            for (Person outsider : outsidersOf(concern)) {
                for (String list : List.of("/concerns", "/api/v1/concerns", "/council/concerns", "/api/v1/council/concerns",
                        "/council/concerns?state=all", "/api/v1/council/concerns?state=all", "/tasks", "/api/v1/tasks", "/dashboard")) {
                    String body = mvc.perform(as(outsider, get(list))).andReturn().getResponse().getContentAsString();
                    assertThat(body).as("%s as %s", list, outsider.getDisplayName()).doesNotContain(summaryOf(concern))
                            .doesNotContain("/concerns/" + concern + "\"").doesNotContain("\"id\":" + concern + ",");
                }
            }
        }
        // the recused Council member sees the Council's queue, just not the concern about them
        String recusedQueue = body(recusedCouncilMember, "/council/concerns?state=all");
        assertThat(recusedQueue).contains(summaryOf(aboutRep)).doesNotContain(summaryOf(aboutCouncilMember));
        // Admins who are not on the Council are not let into the Council's queue at all
        assertThat(status(admin, get("/council/concerns"))).isEqualTo(403);
        assertThat(status(admin, get("/api/v1/council/concerns"))).isEqualTo(403);
    }

    @Test
    void theReporterAndTheCouncilReadIt() throws Exception {
        for (Person reader : List.of(reporter, council)) {
            for (String path : List.of("/concerns/" + aboutRep, "/api/v1/concerns/" + aboutRep)) {
                MvcResult result = mvc.perform(as(reader, get(path))).andReturn();
                assertThat(result.getResponse().getStatus()).as("%s as %s", path, reader.getDisplayName()).isEqualTo(200);
                assertThat(result.getResponse().getContentAsString()).contains(secret + " about a Rep");
            }
        }
        assertThat(body(reporter, "/concerns")).contains(secret + " about a Rep").contains(secret + " about a Council member");
        assertThat(body(reporter, "/api/v1/concerns")).contains("\"id\":" + aboutRep);
        assertThat(body(council, "/council/concerns")).contains(secret + " about a Rep").contains(secret + " about a Council member");
        assertThat(body(council, "/api/v1/council/concerns?category=ABUSE")).contains("\"id\":" + aboutRep)
                .doesNotContain("\"id\":" + aboutCouncilMember + ",");
        // the Council reads the audit trail; the reporter does not, but may know the concern exists
        assertThat(status(council, get("/api/v1/concerns/" + aboutRep + "/audit"))).isEqualTo(200);
        assertThat(status(reporter, get("/api/v1/concerns/" + aboutRep + "/audit"))).isEqualTo(403);
        assertThat(body(council, "/concerns/" + aboutRep)).contains("id=\"audit\"");
        assertThat(body(reporter, "/concerns/" + aboutRep)).doesNotContain("id=\"audit\"");
    }

    @Test
    void theCouncilMovesTheConcernAlongAndTheReporterCannot() throws Exception {
        assertThat(status(reporter, post("/concerns/" + aboutRep + "/acknowledge"))).isEqualTo(403);
        assertThat(status(reporter, post("/api/v1/concerns/" + aboutRep + "/acknowledge"))).isEqualTo(403);

        assertThat(status(council, post("/concerns/" + aboutRep + "/acknowledge"))).isEqualTo(302);
        assertThat(status(council, post("/api/v1/concerns/" + aboutRep + "/start"))).isEqualTo(200);
        assertThat(status(council, post("/api/v1/concerns/" + aboutRep + "/start"))).as("twice").isEqualTo(409);
        assertThat(status(council, post("/concerns/" + aboutRep + "/resolve").param("resolution", "Reported and handled")))
                .isEqualTo(302);
        assertThat(concerns.open(program.actor(reporter), aboutRep).concern().getState()).isEqualTo(ConcernState.RESOLVED);
    }

    @Test
    void everyViewChangeAndRefusedAttemptIsInTheAuditTrail() throws Exception {
        mvc.perform(as(unrelated, get("/concerns/" + aboutRep)));
        mvc.perform(as(council, get("/concerns/" + aboutRep)));
        mvc.perform(as(council, post("/concerns/" + aboutRep + "/acknowledge")));
        mvc.perform(as(reporter, get("/api/v1/concerns/" + aboutRep)));

        List<String> trail = concerns.open(program.actor(council), aboutRep).auditTrail().stream()
                .map(e -> e.action() + " " + e.actorId()).toList();
        assertThat(trail).containsExactly(
                "RAISED " + reporter.getId(),
                "ACCESS_REFUSED " + unrelated.getId(),
                "VIEWED " + council.getId(),
                "ACKNOWLEDGED " + council.getId(),
                "VIEWED " + reporter.getId(),
                "VIEWED " + council.getId());
    }

    @Test
    void theCouncilIsMailedALinkWithoutTheContentAndTheRecusedMemberIsNotMailed() {
        List<String> bodies = mailbox.to(council).in("COUNCIL").texts();
        assertThat(bodies).hasSize(2).allSatisfy(body -> assertThat(body).doesNotContain(secret).doesNotContain("Details only"));
        assertThat(bodies).anySatisfy(body -> assertThat(body).contains("/concerns/" + aboutRep));
        assertThat(bodies).anySatisfy(body -> assertThat(body).contains("/concerns/" + aboutCouncilMember));

        List<String> toRecused = mailbox.to(recusedCouncilMember).in("COUNCIL").bodies();
        assertThat(toRecused).hasSize(1).allSatisfy(body -> assertThat(body).contains("/concerns/" + aboutRep)
                .doesNotContain("/concerns/" + aboutCouncilMember));
        for (Person outsider : List.of(concerned, concernedsMentor, admin, unrelated, reportersMentor, recusedsMentor)) {
            assertThat(mailbox.to(outsider).count()).as(outsider.getDisplayName()).isZero();
        }
    }

    @Test
    void aConflictWithTheReportersMentorInvolvedIsReadByThatMentorAndStillNotByTheOthers() throws Exception {
        long conflict = concerns.raise(program.actor(reporter), new NewConcern("CONFLICT", concerned.getId(),
                secret + " shared with my mentor", "We need help", true, false)).getId();

        assertThat(status(reportersMentor, get("/concerns/" + conflict))).isEqualTo(200);
        assertThat(status(reportersMentor, get("/api/v1/concerns/" + conflict))).isEqualTo(200);
        assertThat(body(reportersMentor, "/concerns")).contains(secret + " shared with my mentor").doesNotContain(secret + " about a Rep");
        assertThat(status(reportersMentor, get("/api/v1/concerns/" + conflict + "/audit"))).isEqualTo(403);
        assertThat(status(reportersMentor, post("/api/v1/concerns/" + conflict + "/acknowledge"))).isEqualTo(403);
        assertThat(mailbox.to(reportersMentor).bodyContaining("/concerns/" + conflict).count()).isOne();

        for (Person outsider : List.of(concerned, concernedsMentor, admin, unrelated)) {
            assertThat(status(outsider, get("/concerns/" + conflict))).as(outsider.getDisplayName()).isEqualTo(404);
            assertThat(status(outsider, get("/api/v1/concerns/" + conflict))).isEqualTo(404);
        }
    }

    private List<MockHttpServletRequestBuilder> concernPaths(long concern) {
        return List.of(
                get("/concerns/" + concern),
                post("/concerns/" + concern + "/acknowledge"),
                post("/concerns/" + concern + "/start"),
                post("/concerns/" + concern + "/resolve").param("resolution", "Closed by someone else"),
                get("/api/v1/concerns/" + concern),
                get("/api/v1/concerns/" + concern + "/audit"),
                post("/api/v1/concerns/" + concern + "/acknowledge"),
                post("/api/v1/concerns/" + concern + "/start"),
                post("/api/v1/concerns/" + concern + "/resolve").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"resolution\": \"Closed by someone else\"}"));
    }

    private MockHttpServletRequestBuilder as(Person person, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", Program.bearer(person)).with(csrf());
    }

    private int status(Person person, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(as(person, request)).andReturn().getResponse().getStatus();
    }

    private String body(Person person, String path) throws Exception {
        MvcResult result = mvc.perform(as(person, get(path))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }
}
