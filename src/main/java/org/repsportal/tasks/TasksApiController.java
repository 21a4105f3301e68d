package org.repsportal.tasks;

import java.time.LocalDate;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.repsportal.people.Actor;
import jakarta.servlet.http.HttpServletResponse;
import org.repsportal.platform.CsvExport;
import org.repsportal.platform.PageResult;
import org.repsportal.platform.Paging;
import org.springdoc.core.annotations.ParameterObject;
import org.repsportal.platform.Texts;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Tasks", description = "The work queue")
class TasksApiController {

    record TaskItem(long id, TaskType type, String title, TaskState state, TaskPriority priority, LocalDate dueOn,
                    Long subjectPersonId, long assigneeId) {

        static TaskItem of(TaskSummary t) {
            return new TaskItem(t.id(), t.type(), t.title(), t.state(), t.priority(), t.dueOn(), t.subjectPersonId(), t.assigneeId());
        }

        static TaskItem of(Task t, Texts reader) {
            return new TaskItem(t.getId(), t.getType(), t.titleIn(reader), t.getState(), t.getPriority(), t.getDueOn(),
                    t.getSubjectPersonId(), t.getAssigneeId());
        }
    }

    record Resolution(String resolution) {
    }

    private final Tasks tasks;
    private final TaskQueries queries;
    private final Texts texts;

    TasksApiController(Tasks tasks, TaskQueries queries, Texts texts) {
        this.tasks = tasks;
        this.queries = queries;
        this.texts = texts;
    }

    @GetMapping
    @Operation(summary = "Tasks; assignee is 'me' (default) or a person id (Council and Admins), state is open, closed or all")
    PageResult<TaskItem> list(Actor actor, @RequestParam(defaultValue = "me") String assignee,
                              @ParameterObject TaskListParams filter, @ParameterObject Paging paging) {
        long assigneeId = "me".equals(assignee) ? actor.personId() : parseId(assignee);
        tasks.mayList(actor, assigneeId).orForbid();
        return queries.list(new TaskFilter(assigneeId, null, filter.open(), filter.type()), paging.number(), paging.limit())
                .map(TaskItem::of);
    }

    @GetMapping(produces = CsvExport.MEDIA_TYPE)
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "OK",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = CsvExport.MEDIA_TYPE,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", description = "RFC 4180 CSV with a header row")))
    @Operation(summary = "Tasks; assignee is 'me' (default) or a person id (Council and Admins), state is open, closed or all")
    void listCsv(Actor actor, @RequestParam(defaultValue = "me") String assignee,
                 @ParameterObject TaskListParams filter, HttpServletResponse response) {
        long assigneeId = "me".equals(assignee) ? actor.personId() : parseId(assignee);
        tasks.mayList(actor, assigneeId).orForbid();
        TaskController.export(new TaskFilter(assigneeId, null, filter.open(), filter.type()), queries, response);
    }

    @PostMapping("/{id}/resolve")
    @Operation(summary = "Close a task by hand, when its type allows it")
    TaskItem resolve(@PathVariable long id, Actor actor, @RequestBody(required = false) Resolution body, Locale locale) {
        return TaskItem.of(tasks.resolve(actor, id, body == null ? null : body.resolution()), texts.in(locale));
    }

    private static long parseId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new org.repsportal.platform.InvalidInputException(
                    java.util.List.of(new org.repsportal.platform.FieldProblem("assignee", "tasks.assignee.invalid")));
        }
    }
}
