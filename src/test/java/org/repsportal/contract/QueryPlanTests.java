package org.repsportal.contract;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.repsportal.people.Person;
import org.repsportal.reports.NewReport;
import org.repsportal.reports.Reports;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.Statements;
import org.repsportal.tasks.TaskPriority;
import org.repsportal.tasks.TaskRequested;
import org.repsportal.tasks.TaskType;
import org.repsportal.tasks.Tasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * No statement of the busiest pages reads the whole of the big tables. Each statement a page runs is explained
 * again with its own parameters and sequential scans switched off: PostgreSQL then reads a table from start to end
 * only when no index can answer, which on a program of 100 000 Reps would be a full scan on every page view.
 */
@PortalTest
class QueryPlanTests {

    private static final Set<String> BIG_TABLES = Set.of("activity_reports", "tasks", "people");

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    Reports reports;

    @Autowired
    Tasks tasks;

    @Autowired
    Clock clock;

    @Autowired
    DataSource dataSource;

    private String lastPlan;

    private final ObjectMapper json = tools.jackson.databind.json.JsonMapper.builder().build();

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
            "/dashboard,          mentor",
            "/reports/mentees,    mentor",
            "/reports/mentees?unverified=true, mentor",
            "/api/v1/mentees,     mentor",
            "/dashboard,          rep",
            "/reports,            rep",
            "/tasks,              mentor"})
    void noStatementOfThePageScansABigTable(String page, String who) throws Exception {
        Person mentor = program.mentor("Planned");
        Person rep = program.rep("Anneliese Planned");
        program.assign(rep, mentor);
        LocalDate today = LocalDate.now(clock);
        reports.file(program.actor(rep), new NewReport(today, "ATTENDED_EVENT", "EVENTS", "Went", null, null, null));
        tasks.open(new TaskRequested(TaskType.FOLLOW_UP, "Follow up", rep.getId(), mentor.getId(), TaskPriority.NORMAL,
                today.plusDays(3), "plan-test:" + mentor.getId(), Set.of()));
        Person reader = who.equals("mentor") ? mentor : rep;

        List<Statements.Recorded> statements = Statements.recordedWhile(() ->
                mvc.perform(get(page).header("Authorization", Program.bearer(reader))).andExpect(status().isOk()));

        assertThat(statements).isNotEmpty();
        var scans = new ArrayList<String>();
        for (Statements.Recorded statement : statements) {
            if (statement.sql().strip().toLowerCase(Locale.ROOT).startsWith("select")) {
                sequentialScans(statement).forEach(table -> scans.add(table + " in: " + statement.sql()));
            }
        }
        assertThat(scans).as(page).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aStatementThatReadsAWholeTableIsSeenAsOne() throws Exception {
        assertThat(sequentialScans(new Statements.Recorded("select count(*) from activity_reports", List.of())))
                .as(() -> lastPlan).singleElement().asString().endsWith(" of activity_reports");
        assertThat(sequentialScans(new Statements.Recorded("select id from people order by id limit 5", List.of())))
                .containsExactly("Index Only Scan of people");
        assertThat(sequentialScans(new Statements.Recorded("select id from tasks where id = ?", List.of(1L)))).isEmpty();
    }

    private List<String> sequentialScans(Statements.Recorded statement) throws Exception {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        boolean autoCommit = connection.getAutoCommit();
        try {
            connection.setAutoCommit(false);
            try (var off = connection.createStatement()) {
                off.execute("set local enable_seqscan = off");
            }
            try (PreparedStatement explain = connection.prepareStatement("explain (format json) " + statement.sql())) {
                for (int i = 0; i < statement.parameters().size(); i++) {
                    explain.setObject(i + 1, statement.parameters().get(i));
                }
                try (ResultSet plan = explain.executeQuery()) {
                    plan.next();
                    var tables = new ArrayList<String>();
                    lastPlan = plan.getString(1);
                    collectScans(json.readTree(lastPlan), tables);
                    return tables;
                }
            }
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void collectScans(JsonNode node, List<String> tables) {
        if (node.isArray()) {
            node.forEach(child -> collectScans(child, tables));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String type = node.path("Node Type").asText();
        // an index read without a condition is a full scan too, in index order
        boolean whole = "Seq Scan".equals(type)
                || (type.startsWith("Index") && !node.has("Index Cond"))
                || ("Bitmap Heap Scan".equals(type) && !node.has("Recheck Cond"));
        if (whole && BIG_TABLES.contains(node.path("Relation Name").asText())) {
            tables.add(type + " of " + node.path("Relation Name").asText());
        }
        node.properties().forEach(field -> collectScans(field.getValue(), tables));
    }
}
