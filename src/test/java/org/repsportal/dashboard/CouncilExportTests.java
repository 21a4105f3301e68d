package org.repsportal.dashboard;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class CouncilExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    ProgramOverview overview;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theCouncilDownloadsTheRepsWithoutAMentor() throws Exception {
        Person council = program.council("Exporting Council");
        Person waiting = program.rep("Waiting Rep");
        Person mentored = program.rep("Mentored Rep");
        program.assign(mentored, program.mentor("Some Mentor"));

        MvcResult result = mvc.perform(get("/dashboard/unmentored.csv").header("Authorization", Program.bearer(council)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"without-mentor.csv\""))
                .andReturn();
        List<String> ids = rows(result).stream().map(r -> r.get("id")).toList();
        assertThat(ids).contains(waiting.getId().toString()).doesNotContain(mentored.getId().toString());
    }

    @Test
    void theCouncilDownloadsWhoWentSilentForSixAndForTwelveMonths() throws Exception {
        Person council = program.council("Silence Council");
        Person silent = program.rep("Silent Since Joining");

        MvcResult six = mvc.perform(get("/dashboard/silent.csv").header("Authorization", Program.bearer(council)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"silent-6-months.csv\""))
                .andReturn();
        var row = rows(six).stream().filter(r -> r.get("id").equals(silent.getId().toString())).findFirst().orElseThrow();
        assertThat(row.get("silent_since")).isEqualTo("2024-01-15");

        MvcResult twelve = mvc.perform(get("/dashboard/silent.csv").param("months", "12").header("Authorization", Program.bearer(council)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"silent-12-months.csv\""))
                .andReturn();
        assertThat(rows(twelve)).extracting(r -> r.get("id")).contains(silent.getId().toString());
    }

    @Test
    void theCouncilDownloadsTheMentorsLoad() throws Exception {
        Person council = program.council("Load Council");
        Person mentor = program.mentor("Loaded Mentor");
        program.assign(program.rep("Load One"), mentor);
        program.assign(program.rep("Load Two"), mentor);

        MvcResult result = mvc.perform(get("/dashboard/mentors.csv").header("Authorization", Program.bearer(council)))
                .andExpect(status().isOk()).andReturn();
        var row = rows(result).stream().filter(r -> r.get("id").equals(mentor.getId().toString())).findFirst().orElseThrow();
        assertThat(row.get("mentees")).isEqualTo("2");
        assertThat(row.get("name")).isEqualTo("Loaded Mentor");
    }

    @Test
    void aRepOrAMentorCannotDownloadTheCouncilsLists() throws Exception {
        for (Person person : List.of(program.rep("Curious Rep"), program.mentor("Curious Mentor"))) {
            for (String list : List.of("/dashboard/unmentored.csv", "/dashboard/silent.csv", "/dashboard/mentors.csv")) {
                mvc.perform(get(list).header("Authorization", Program.bearer(person))).andExpect(status().isForbidden());
            }
        }
    }

    @Test
    void sixHundredRepsWithoutAMentorAreReadThroughOneOpenCursorNotPageByPage() throws Exception {
        Person council = program.council("Cursor Council");
        long[] open = {-1, -1};
        int[] seen = {0};
        var statements = new java.util.ArrayList<org.repsportal.support.Statements.Recorded>();
        var actor = program.actor(council);
        transactions.executeWithoutResult(status -> {
            // seeded for this transaction only: it is rolled back, so no other test sees them
            seed(600, "REP");
            try {
                statements.addAll(org.repsportal.support.Statements.recordedWhile(() ->
                        overview.forEachUnmentored(actor, rep -> {
                            if (seen[0]++ == 0) {
                                open[0] = openCursors("%join person_roles r on r.person_id = p.id and r.role = 'REP'%");
                            }
                        })));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            open[1] = openCursors("%join person_roles r on r.person_id = p.id and r.role = 'REP'%");
            status.setRollbackOnly();
        });
        assertThat(seen[0]).isGreaterThanOrEqualTo(600);
        assertThat(open[0]).as("cursors open while the first Rep is written").isEqualTo(1);
        assertThat(open[1]).as("cursors open once the export is done").isZero();
        assertThat(statements).extracting(org.repsportal.support.Statements.Recorded::sql)
                .filteredOn(sql -> !sql.startsWith("select count(*) from pg_cursors"))
                .singleElement().satisfies(sql -> assertThat(sql).doesNotContain("offset"));
    }

    @Test
    void sixHundredMentorsLoadsAreReadThroughOneOpenCursorWithTheInactiveMenteesCountedFiveHundredAtATime() throws Exception {
        Person council = program.council("Cursor Load Council");
        Person mentor = program.mentor("Cursor Loaded Mentor");
        program.assign(program.rep("Cursor Quiet One"), mentor);
        program.assign(program.rep("Cursor Quiet Two"), mentor);

        long[] open = {-1, -1};
        var rows = new java.util.ArrayList<ProgramOverview.MentorRow>();
        var statements = new java.util.ArrayList<org.repsportal.support.Statements.Recorded>();
        var actor = program.actor(council);
        transactions.executeWithoutResult(status -> {
            seed(600, "MENTOR");
            try {
                statements.addAll(org.repsportal.support.Statements.recordedWhile(() ->
                        overview.forEachMentor(actor, row -> {
                            if (rows.isEmpty()) {
                                open[0] = openCursors("%array_agg(a.mentee_id%");
                            }
                            rows.add(row);
                        })));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            open[1] = openCursors("%array_agg(a.mentee_id%");
            status.setRollbackOnly();
        });
        assertThat(open[0]).as("cursors open while the first mentor is written").isEqualTo(1);
        assertThat(open[1]).as("cursors open once the export is done").isZero();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(602);
        var loaded = rows.stream().filter(r -> r.mentorId() == mentor.getId()).findFirst().orElseThrow();
        // both joined long ago and never reported: inactive
        assertThat(loaded.mentees()).isEqualTo(2);
        assertThat(loaded.inactiveMentees()).isEqualTo(2);
        // one read of the loads, and at most one count of inactive mentees per 500 mentors
        var sqls = statements.stream().map(org.repsportal.support.Statements.Recorded::sql)
                .filter(sql -> !sql.startsWith("select count(*) from pg_cursors")).toList();
        assertThat(sqls).filteredOn(sql -> sql.contains("array_agg(a.mentee_id")).hasSize(1);
        assertThat(sqls).noneMatch(sql -> sql.contains("offset"));
        assertThat(sqls).hasSizeBetween(2, 1 + (rows.size() + 499) / 500);
    }

    /** Active people of the role, joined long ago, under negative ids no sequence hands out. */
    private void seed(int count, String role) {
        jdbc.sql("""
                        insert into people (id, display_name, full_name, email, country_code, time_zone, joined_on, status)
                        select -(900000 + g), 'Seeded ' || g, 'Seeded Person ' || g, 'seeded-' || g || '@cursor.example', 'DE',
                               'UTC', date '2024-01-01', 'ACTIVE'
                        from generate_series(1, :count) g""")
                .param("count", count).update();
        jdbc.sql("insert into person_roles (person_id, role) select -(900000 + g), :role from generate_series(1, :count) g")
                .param("role", role).param("count", count).update();
    }

    private long openCursors(String like) {
        return jdbc.sql("select count(*) from pg_cursors where statement like :like").param("like", like)
                .query(Long.class).single();
    }

    private static List<CSVRecord> rows(MvcResult result) throws Exception {
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body))) {
            return parser.getRecords();
        }
    }
}
