package org.repsportal.tasks;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class TaskExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    Tasks tasks;

    @Test
    void myTasksDownloadWithTheStateAndTypeOfThePage() throws Exception {
        Person mentor = program.mentor("Taskexport");
        Person rep = program.rep("Tasksubject");
        Task open = tasks.open(request(TaskType.FOLLOW_UP, "+Call back", rep, mentor, "csv-test:open"));
        tasks.open(request(TaskType.FOLLOW_UP, "Done already", rep, mentor, "csv-test:closed"));
        tasks.workDone(new TaskWorkDone("csv-test:closed", "done elsewhere"));

        MvcResult result = mvc.perform(get("/tasks.csv").header("Authorization", Program.bearer(mentor)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"tasks.csv\""))
                .andReturn();
        List<CSVRecord> rows = rows(result);
        assertThat(rows).extracting(r -> r.get("id")).containsExactly(open.getId().toString());
        assertThat(rows.get(0).get("title")).isEqualTo("'+Call back");
        assertThat(rows.get(0).get("subject")).isEqualTo(rep.getDisplayName());
        assertThat(rows.get(0).get("state")).isEqualTo("OPEN");

        MvcResult all = mvc.perform(get("/tasks.csv").param("state", "all").header("Authorization", Program.bearer(mentor)))
                .andExpect(status().isOk()).andReturn();
        assertThat(rows(all)).hasSize(2);
        MvcResult otherType = mvc.perform(get("/tasks.csv").param("state", "all").param("type", "ACTIVITY_VERIFICATION")
                        .header("Authorization", Program.bearer(mentor)))
                .andExpect(status().isOk()).andReturn();
        assertThat(rows(otherType)).isEmpty();
    }

    @Test
    void theApiListAnswersCsvAndSomeoneElsesListStaysForbidden() throws Exception {
        Person mentor = program.mentor("Taskapi");
        Person stranger = program.rep("Taskstranger");
        Task task = tasks.open(request(TaskType.FOLLOW_UP, "Look into it", program.rep("Tasker"), mentor, "csv-test:api"));

        MvcResult result = mvc.perform(get("/api/v1/tasks").header("Accept", "text/csv").header("Authorization", Program.bearer(mentor)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andReturn();
        assertThat(rows(result)).extracting(r -> r.get("id")).containsExactly(task.getId().toString());

        mvc.perform(get("/api/v1/tasks").param("assignee", mentor.getId().toString()).header("Accept", "text/csv")
                        .header("Authorization", Program.bearer(stranger)))
                .andExpect(status().isForbidden());
    }

    private static TaskRequested request(TaskType type, String title, Person subject, Person assignee, String ref) {
        return new TaskRequested(type, title, subject.getId(), assignee.getId(), TaskPriority.MAJOR,
                LocalDate.now().plusDays(7), ref, Set.of());
    }

    private static List<CSVRecord> rows(MvcResult result) throws Exception {
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body))) {
            return parser.getRecords();
        }
    }
}
