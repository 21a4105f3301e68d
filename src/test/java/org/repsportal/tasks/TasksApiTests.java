package org.repsportal.tasks;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class TasksApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    Tasks tasks;

    @Test
    void theAssigneeListsTheirOpenTasksAndResolvesOneByHand() throws Exception {
        Person mentor = program.mentor("Tanja");
        Person rep = program.rep("Tim");
        Task task = tasks.open(request(TaskType.FOLLOW_UP, rep, mentor, "api-test:1"));

        mvc.perform(get("/api/v1/tasks").param("assignee", "me").param("state", "open").header("Authorization", Program.bearer(mentor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(task.getId()))
                .andExpect(jsonPath("$.items[0].subjectPersonId").value(rep.getId()));

        mvc.perform(post("/api/v1/tasks/{id}/resolve", task.getId()).header("Authorization", Program.bearer(mentor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RESOLVED"));
        mvc.perform(get("/api/v1/tasks").header("Authorization", Program.bearer(mentor)))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void openingTheSameWorkTwiceMakesOneTask() throws Exception {
        Person mentor = program.mentor("Uma");
        Person rep = program.rep("Ugo");
        tasks.open(request(TaskType.FOLLOW_UP, rep, mentor, "api-test:twice"));
        tasks.open(request(TaskType.FOLLOW_UP, rep, mentor, "api-test:twice"));
        tasks.workDone(new TaskWorkDone("api-test:twice", "done elsewhere"));

        mvc.perform(get("/api/v1/tasks").param("state", "all").header("Authorization", Program.bearer(mentor)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].state").value("CLOSED"));
    }

    @Test
    void aTaskWhoseWorkIsTrackedElsewhereCannotBeResolvedByHand() throws Exception {
        Person mentor = program.mentor("Vic");
        Task task = tasks.open(request(TaskType.BUDGET_REVIEW, program.rep("Val"), mentor, "api-test:budget"));
        mvc.perform(post("/api/v1/tasks/{id}/resolve", task.getId()).header("Authorization", Program.bearer(mentor)))
                .andExpect(status().isConflict());
    }

    @Test
    void someoneElsesTaskIsNotFoundAndTheirListIsForbidden() throws Exception {
        Person mentor = program.mentor("Wanda");
        Person stranger = program.rep("Walt");
        Task task = tasks.open(request(TaskType.FOLLOW_UP, program.rep("Wim"), mentor, "api-test:private"));

        mvc.perform(post("/api/v1/tasks/{id}/resolve", task.getId()).header("Authorization", Program.bearer(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tasks").param("assignee", mentor.getId().toString()).header("Authorization", Program.bearer(stranger)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/tasks/{id}", task.getId()).header("Authorization", Program.bearer(stranger)))
                .andExpect(status().isNotFound());
    }

    private static TaskRequested request(TaskType type, Person subject, Person assignee, String ref) {
        return new TaskRequested(type, "Look into it", subject.getId(), assignee.getId(), TaskPriority.MAJOR,
                LocalDate.now().plusDays(7), ref, Set.of());
    }
}
