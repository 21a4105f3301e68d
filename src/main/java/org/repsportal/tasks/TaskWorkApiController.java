package org.repsportal.tasks;

import org.springdoc.core.annotations.ParameterObject;
import org.repsportal.platform.Paging;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.repsportal.people.Actor;
import org.repsportal.platform.PageResult;
import org.repsportal.platform.Texts;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON twins of the work done where it is seen: the Council's queue as its hub's first tab lists it, and a task's
 * action done in place (verifying the report it is about, say), as its Verify button does it.
 */
@RestController
@Tag(name = "Tasks", description = "The work queue")
class TaskWorkApiController {

    /** A task of the Council's queue, as the hub's row shows it. */
    record QueueItem(long id, TaskType type, String title, TaskState state, TaskPriority priority, LocalDate dueOn,
                     boolean overdue, Long subjectPersonId, String subjectName, long assigneeId, String assigneeName,
                     Long coveringForId, String coveringForName) {

        static QueueItem of(TaskSummary t, LocalDate today) {
            return new QueueItem(t.id(), t.type(), t.title(), t.state(), t.priority(), t.dueOn(), t.overdueOn(today),
                    t.subjectPersonId(), t.subjectName(), t.assigneeId(), t.assigneeName(), t.coveringForId(),
                    t.coveringForName());
        }
    }

    private final Tasks tasks;
    private final Texts texts;
    private final Clock clock;

    TaskWorkApiController(Tasks tasks, Texts texts, Clock clock) {
        this.tasks = tasks;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/api/v1/council/queue")
    @Operation(summary = "The Council's queue (the first tab of /council): the open tasks the caller is given or watches, "
            + "soonest due first; for the Council only (403 otherwise)")
    PageResult<QueueItem> councilQueue(Actor actor, @ParameterObject Paging paging) {
        LocalDate today = LocalDate.now(clock);
        return tasks.councilQueue(actor, paging.number(), paging.limit())
                .map(t -> QueueItem.of(t, today));
    }

    @PostMapping("/api/v1/tasks/{id}/act")
    @Operation(summary = "Do the open task's work in place (verify the report it is about, say) through the module that owns "
            + "it, and close the task; 403 when that module's rules refuse the caller, 404 for a task the caller may not "
            + "see, 409 when the task is closed or has no action done in place")
    TasksApiController.TaskItem act(@PathVariable long id, Actor actor, Locale locale) {
        return TasksApiController.TaskItem.of(tasks.act(actor, id), texts.in(locale));
    }
}
