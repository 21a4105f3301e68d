package org.repsportal.roster;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.repsportal.mentorship.Mentorships;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.people.Role;
import org.repsportal.roster.RosterFile.Problem;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import jakarta.servlet.http.Cookie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class RosterImportTests {

    static final String HEADER = "email,name,region,country,languages,areas,roles,mentor_email\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    People people;

    @Autowired
    Mentorships mentorships;

    @Autowired
    RosterRun run;

    @Autowired
    RosterImports imports;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void finishWhatRuns() {
        // an import left running would stand in the way of the next test's
        imports.running().ifPresent(run::run);
    }

    @Test
    void theCheckNamesEachProblemByItsLineAndWritesNothing() throws Exception {
        Person admin = program.admin("Checking Admin");
        Person mentor = program.mentor("Known Mentor");
        String csv = HEADER
                + "new.one@roster.example,New One,EUROPE,DE,en de,EVENTS,REP," + mentor.getEmail() + "\n"
                + "not-an-email,Bad Email,EUROPE,DE,en,EVENTS,REP,\n"
                + "new.one@roster.example,Twice,EUROPE,DE,en,EVENTS,REP,\n"
                + "region@roster.example,Wrong Region,ATLANTIS,DE,en,EVENTS,REP,\n"
                + "mentor@roster.example,Unknown Mentor,EUROPE,DE,en,EVENTS,REP,nobody@roster.example\n"
                + "role@roster.example,Unknown Role,EUROPE,DE,en,EVENTS,EMPEROR,\n";

        long importsBefore = jdbc.sql("select count(*) from roster_imports").query(Long.class).single();
        MvcResult result = upload(admin, "check", csv.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing was written.")))
                .andReturn();
        var check = (RosterImports.Check) result.getModelAndView().getModel().get("check");
        assertThat(check.problems()).extracting(Problem::line, Problem::messageKey).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(3, "roster.error.email"),
                org.assertj.core.groups.Tuple.tuple(4, "roster.error.duplicate"),
                org.assertj.core.groups.Tuple.tuple(5, "roster.error.region"),
                org.assertj.core.groups.Tuple.tuple(6, "roster.error.mentor"),
                org.assertj.core.groups.Tuple.tuple(7, "roster.error.role"));
        assertThat(check.created()).isEqualTo(1);
        assertThat(check.failed()).isEqualTo(5);
        assertThat(people.findByEmail("new.one@roster.example")).isEmpty();
        assertThat(jdbc.sql("select count(*) from roster_imports").query(Long.class).single()).isEqualTo(importsBefore);
    }

    @Test
    void aWrongHeaderOrAnotherEncodingThanUtf8IsRefusedWithItsLine() throws Exception {
        Person admin = program.admin("Header Admin");
        var wrongHeader = (RosterImports.Check) upload(admin, "check",
                "mail,name\nx@roster.example,X\n".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("check");
        assertThat(wrongHeader.problems()).extracting(Problem::line, Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "roster.error.header"));

        byte[] latin1 = (HEADER + "ok@roster.example,Ok,EUROPE,ES,es,EVENTS,REP,\n"
                + "jose@roster.example,José,EUROPE,ES,es,EVENTS,REP,\n").getBytes(StandardCharsets.ISO_8859_1);
        var wrongEncoding = (RosterImports.Check) upload(admin, "check", latin1)
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("check");
        assertThat(wrongEncoding.problems()).extracting(Problem::line, Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "roster.error.encoding"));

        // nor is a file that is not text at all started
        upload(admin, "import", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13})
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The file is not a text (CSV) file.")));
        assertThat(imports.running()).isEmpty();
    }

    @Test
    void theImportRunsAsAJobToItsSummaryAndRunningItAgainChangesNothing() throws Exception {
        Person admin = program.admin("Importing Admin");
        Person mentor = program.mentor("Roster Mentor");
        String csv = HEADER
                + "ana@roster.example,Ana Roster,EUROPE,DE,en;de,EVENTS,REP,newmentor@roster.example\n"
                + "newmentor@roster.example,New Mentor,EUROPE,DE,en,EVENTS,REP MENTOR,\n"
                + "ben@roster.example,Ben Roster,EUROPE,DE,en,EVENTS,REP," + mentor.getEmail() + "\n"
                + "bad@roster.example,Bad Region,ATLANTIS,DE,en,EVENTS,REP,\n";

        long id = startedImport(admin, csv);
        mvc.perform(get("/admin/roster/imports/{id}/progress", id).cookie(SignIn.as(mvc, admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-hx-trigger=\"every 2s\"")));

        run.run(id);

        var view = imports.view(program.actor(admin), id);
        assertThat(view.running()).isFalse();
        assertThat(view.processed()).isEqualTo(view.total()).isEqualTo(4);
        assertThat(List.of(view.created(), view.updated(), view.unchanged(), view.failed())).containsExactly(3, 0, 0, 1);
        assertThat(view.problems()).extracting(Problem::line).containsExactly(5);
        Person ana = people.findByEmail("ana@roster.example").orElseThrow();
        Person newMentor = people.findByEmail("newmentor@roster.example").orElseThrow();
        assertThat(newMentor.getRoles()).contains(Role.MENTOR);
        assertThat(ana.getLanguages()).containsExactlyInAnyOrder("en", "de");
        assertThat(mentorships.currentMentorOf(ana.getId())).contains(newMentor.getId());
        assertThat(mentorships.currentMentorOf(people.findByEmail("ben@roster.example").orElseThrow().getId()))
                .contains(mentor.getId());
        mvc.perform(get("/admin/roster/imports/{id}/progress", id).cookie(SignIn.as(mvc, admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-hx-trigger"))))
                .andExpect(content().string(containsString("Created 3, updated 0, unchanged 0, failed 1.")));

        long again = startedImport(admin, csv);
        run.run(again);
        var second = imports.view(program.actor(admin), again);
        assertThat(List.of(second.created(), second.updated(), second.unchanged(), second.failed())).containsExactly(0, 0, 3, 1);
        long assignments = jdbc.sql("select count(*) from mentor_assignments where mentee_id = :ana")
                .param("ana", ana.getId()).query(Long.class).single();
        assertThat(assignments).isEqualTo(1);
    }

    @Test
    void aSecondImportStartedWhileOneRunsShowsTheRunningOne() throws Exception {
        Person admin = program.admin("Busy Admin");
        long first = startedImport(admin, HEADER + "first@roster.example,First,EUROPE,DE,en,EVENTS,REP,\n");

        MvcResult second = upload(admin, "import", (HEADER + "second@roster.example,Second,EUROPE,DE,en,EVENTS,REP,\n")
                .getBytes(StandardCharsets.UTF_8))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo("/admin/roster/imports/" + first + "?running");
        assertThat(jdbc.sql("select count(*) from roster_imports where state = 'RUNNING'").query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/admin/roster/imports/{id}", first).param("running", "").cookie(SignIn.as(mvc, admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("no second one was started")));
        run.run(first);
        assertThat(people.findByEmail("second@roster.example")).isEmpty();
    }

    @Test
    void onlyAnAdminChecksOrImports() throws Exception {
        for (Person person : List.of(program.council("Roster Council"), program.rep("Roster Rep"))) {
            upload(person, "check", (HEADER + "x@roster.example,X,EUROPE,DE,en,EVENTS,REP,\n").getBytes(StandardCharsets.UTF_8))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/admin/roster").cookie(SignIn.as(mvc, person))).andExpect(status().isForbidden());
        }
    }

    @Test
    void theCheckLooksEveryoneUpAtOnceSoThreeAndThreeHundredLinesCostTheSameStatements() throws Exception {
        Person admin = program.admin("Counting Admin");
        Person mentor = program.mentor("Counted Mentor");
        Person known = program.rep("Counted Known Rep");
        program.assign(known, mentor);

        List<org.repsportal.support.Statements.Recorded> three = statementsOfCheck(admin, roster(3, mentor, known));
        List<org.repsportal.support.Statements.Recorded> many = statementsOfCheck(admin, roster(300, mentor, known));

        assertThat(many).hasSameSizeAs(three);
        assertThat(three).extracting(org.repsportal.support.Statements.Recorded::sql)
                .filteredOn(sql -> sql.contains("from people p where lower(p.email) = any("))
                .hasSize(2);
    }

    /** Lines for new people with a known mentor, the known Rep unchanged with their mentor, and one of them a new mentor. */
    private static String roster(int lines, Person mentor, Person known) {
        var csv = new StringBuilder(HEADER);
        csv.append(known.getEmail()).append(',').append(known.getDisplayName()).append(",EUROPE,DE,en,EVENTS,REP,")
                .append(mentor.getEmail()).append('\n');
        csv.append("counted.mentor@roster.example,Counted New Mentor,EUROPE,DE,en,EVENTS,REP MENTOR,\n");
        for (int i = 2; i < lines; i++) {
            String mentorEmail = i % 2 == 0 ? mentor.getEmail() : "counted.mentor@roster.example";
            csv.append("counted").append(i).append("@roster.example,Counted ").append(i)
                    .append(",EUROPE,DE,en,EVENTS,REP,").append(mentorEmail).append('\n');
        }
        return csv.toString();
    }

    private List<org.repsportal.support.Statements.Recorded> statementsOfCheck(Person admin, String csv) throws Exception {
        var actor = program.actor(admin);
        byte[] content = csv.getBytes(StandardCharsets.UTF_8);
        imports.check(actor, content);
        RosterImports.Check[] check = new RosterImports.Check[1];
        var statements = org.repsportal.support.Statements.recordedWhile(() -> check[0] = imports.check(actor, content));
        assertThat(check[0].problems()).isEmpty();
        assertThat(check[0].created() + check[0].updated() + check[0].unchanged()).isEqualTo(csv.lines().count() - 1);
        return statements;
    }

    private long startedImport(Person admin, String csv) throws Exception {
        MvcResult result = upload(admin, "import", csv.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/admin/roster/imports/").doesNotContain("running");
        return Long.parseLong(location.substring("/admin/roster/imports/".length()));
    }

    private org.springframework.test.web.servlet.ResultActions upload(Person person, String mode, byte[] content) throws Exception {
        Cookie session = SignIn.as(mvc, person);
        return mvc.perform(multipart("/admin/roster").file(new MockMultipartFile("file", "roster.csv", "text/csv", content))
                .param("mode", mode).cookie(session).with(csrf()));
    }
}
