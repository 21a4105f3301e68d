package org.repsportal.reports;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class ReportExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportQueries queries;

    @Autowired
    TransactionTemplate transactions;

    private final List<Long> seeded = new ArrayList<>();

    @AfterEach
    void removeSeededReports() {
        // row by row the last-report trigger makes a large delete slow: switch it off, then set its row by hand
        transactions.executeWithoutResult(status -> {
            jdbc.sql("set local session_replication_role = replica").update();
            seeded.forEach(person -> {
                jdbc.sql("delete from activity_reports where person_id = :person").param("person", person).update();
                jdbc.sql("delete from report_activity where person_id = :person").param("person", person).update();
            });
        });
    }

    @Test
    void twentyThousandReportsExportRowByRowThroughAnOpenCursor() throws Exception {
        Person rep = program.rep("Streamed");
        seed(rep, 20_000, "report");

        MvcResult result = mvc.perform(get("/reports.csv").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isOk())
                .andReturn();
        List<CSVRecord> rows = parse(result);
        assertThat(rows).hasSize(20_000);
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .startsWith("id,date,person_id,person,activity,functional_area,description,link,verified,comments\r\n");

        // while the first report is handed over, the query is still open behind a cursor on the server
        long[] openCursors = {-1, -1};
        int[] seen = {0};
        transactions.execute(status -> {
            queries.forEach(new ReportFilter(List.of(rep.getId()), null, null), item -> {
                if (seen[0]++ == 0) {
                    openCursors[0] = openReportCursors();
                }
            });
            openCursors[1] = openReportCursors();
            return null;
        });
        assertThat(seen[0]).isEqualTo(20_000);
        assertThat(openCursors[0]).as("cursors open while the first row is written").isEqualTo(1);
        assertThat(openCursors[1]).as("cursors open once the export is done").isZero();
    }

    @Test
    void myReportsDownloadAsCsvWithTheirOwnFilenameAndFormulasDefused() throws Exception {
        Person rep = program.rep("Formula");
        seed(rep, 2, "=HYPERLINK(\"http://evil.example\",\"click\")");

        MvcResult result = mvc.perform(get("/reports.csv").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"reports.csv\""))
                .andReturn();
        List<CSVRecord> rows = parse(result);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get("description")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(rows.get(1).get("person")).isEqualTo(rep.getDisplayName());
    }

    @Test
    void anotherPersonsReportsHoldOnlyTheirs() throws Exception {
        Person rep = program.rep("Owner");
        Person other = program.rep("Other");
        seed(rep, 3, "mine");
        seed(other, 2, "theirs");

        MvcResult result = mvc.perform(get("/people/{id}/reports.csv", other.getId()).header("Authorization", Program.bearer(rep)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"reports-" + other.getId() + ".csv\""))
                .andReturn();
        assertThat(parse(result)).extracting(r -> r.get("person_id")).containsOnly(other.getId().toString()).hasSize(2);
    }

    @Test
    void theMenteeReportsExportHoldsOnlyTheMentorsMenteesWithThePagesFilters() throws Exception {
        Person mentor = program.mentor("Exporting");
        Person mentee = program.rep("Mentee");
        Person stranger = program.rep("Stranger");
        program.assign(mentee, mentor);
        seed(mentee, 4, "mentee work");
        seed(stranger, 2, "not a mentee");

        MvcResult all = mvc.perform(get("/reports/mentees.csv").header("Authorization", Program.bearer(mentor)))
                .andExpect(status().isOk()).andReturn();
        assertThat(parse(all)).extracting(r -> r.get("person_id")).containsOnly(mentee.getId().toString()).hasSize(4);

        MvcResult strangers = mvc.perform(get("/reports/mentees.csv").param("mentee", stranger.getId().toString())
                        .header("Authorization", Program.bearer(mentor)))
                .andExpect(status().isOk()).andReturn();
        assertThat(parse(strangers)).isEmpty();

        MvcResult otherActivity = mvc.perform(get("/reports/mentees.csv").param("activity", "WROTE_ARTICLE")
                        .header("Authorization", Program.bearer(mentor)))
                .andExpect(status().isOk()).andReturn();
        assertThat(parse(otherActivity)).isEmpty();
    }

    @Test
    void theApiListAnswersCsvWhenAskedAndKeepsItsRule() throws Exception {
        Person mentor = program.mentor("ApiCsv");
        Person mentee = program.rep("ApiMentee");
        Person stranger = program.rep("ApiStranger");
        program.assign(mentee, mentor);
        seed(mentee, 3, "api");

        MvcResult result = mvc.perform(get("/api/v1/reports").param("mentor", mentor.getId().toString())
                        .header("Accept", "text/csv").header("Authorization", Program.bearer(mentor)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andReturn();
        assertThat(parse(result)).hasSize(3);

        mvc.perform(get("/api/v1/reports").param("mentor", mentor.getId().toString())
                        .header("Accept", "text/csv").header("Authorization", Program.bearer(stranger)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports").header("Authorization", Program.bearer(mentee)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"));
    }

    private long openReportCursors() {
        return jdbc.sql("select count(*) from pg_cursors where statement like :reports")
                .param("reports", "%from activity_reports r%").query(Long.class).single();
    }

    private void seed(Person person, int count, String description) {
        seeded.add(person.getId());
        jdbc.sql("""
                        insert into activity_reports (id, person_id, reported_on, activity_code, area_code, description, created_at)
                        select -(:person * 100000 + g), :person, date '2026-01-01' - (g % 300), 'ORGANIZED_EVENT', 'EVENTS',
                               :description, now()
                        from generate_series(1, :count) g""")
                .param("person", person.getId()).param("count", count).param("description", description)
                .update();
    }

    static List<CSVRecord> parse(MvcResult result) throws Exception {
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body))) {
            return parser.getRecords();
        }
    }
}
