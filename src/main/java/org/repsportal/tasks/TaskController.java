package org.repsportal.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;

import org.repsportal.people.Actor;
import org.repsportal.people.People;
import jakarta.servlet.http.HttpServletResponse;
import org.repsportal.platform.CsvExport;
import org.repsportal.platform.ForbiddenException;
import org.repsportal.platform.IllegalTransitionException;
import org.repsportal.platform.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestHeader;
import org.repsportal.platform.PageResult;
import org.repsportal.platform.Paging;
import org.repsportal.platform.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class TaskController {

    private final Tasks tasks;
    private final TaskQueries queries;
    private final People people;
    private final Texts texts;
    private final Clock clock;

    TaskController(Tasks tasks, TaskQueries queries, People people, Texts texts, Clock clock) {
        this.texts = texts;
        this.tasks = tasks;
        this.queries = queries;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/tasks")
    String list(Actor actor, TaskListParams filter, Paging paging, Model model) {
        var result = queries.list(new TaskFilter(null, actor.personId(), filter.open(), filter.type()), paging.number(),
                PageResult.DEFAULT_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("state", filter.stateName());
        model.addAttribute("type", filter.type());
        model.addAttribute("types", TaskType.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "tasks/list";
    }

    /** The Council hub's first tab: the open tasks a Council member is given or watches, soonest due first. */
    @GetMapping("/council")
    String councilQueue(Actor actor, Paging paging, Model model) {
        model.addAttribute("result", tasks.councilQueue(actor, paging.number(), PageResult.DEFAULT_SIZE));
        model.addAttribute("today", LocalDate.now(clock));
        return "tasks/council";
    }

    /** The list with the page's filters, every row. */
    @GetMapping("/tasks.csv")
    void export(Actor actor, TaskListParams filter, HttpServletResponse response) {
        export(new TaskFilter(null, actor.personId(), filter.open(), filter.type()), queries, response);
    }

    static void export(TaskFilter filter, TaskQueries queries, HttpServletResponse response) {
        try (var csv = CsvExport.download(response, "tasks.csv", "id", "type", "title", "state", "priority", "due_on",
                "subject_id", "subject", "assignee_id", "assignee", "covering_for")) {
            queries.forEach(filter, t -> csv.row(t.id(), t.type(), t.title(), t.state(), t.priority(), t.dueOn(),
                    t.subjectPersonId(), t.subjectName(), t.assigneeId(), t.assigneeName(), t.coveringForName()));
        }
    }

    @GetMapping("/tasks/{id}")
    String task(@PathVariable long id, Actor actor, java.util.Locale locale, Model model) {
        Task task = tasks.get(actor, id);
        var timeline = tasks.timeline(actor, id);
        var ids = new HashSet<Long>(task.getWatcherIds());
        ids.add(task.getAssigneeId());
        if (task.getSubjectPersonId() != null) {
            ids.add(task.getSubjectPersonId());
        }
        timeline.stream().map(TaskEntry::getAuthorId).filter(java.util.Objects::nonNull).forEach(ids::add);
        model.addAttribute("task", task);
        model.addAttribute("taskTitle", task.titleIn(texts.in(locale)));
        model.addAttribute("timeline", timeline);
        model.addAttribute("names", people.summaries(ids));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("subject", tasks.subjectOf(actor, id).orElse(null));
        return "tasks/task";
    }

    /**
     * Does the task's work in place (verifying the report it is about, say) and closes it. A browser posting the form
     * goes back to where it came from; an htmx request gets the task's updated row, or the row with the reason when
     * the work cannot be done (422), never a whole page.
     */
    @PostMapping("/tasks/{id}/act")
    String act(@PathVariable long id, Actor actor, @RequestParam(required = false) String from,
               @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        if (htmx == null) {
            tasks.act(actor, id);
            redirect.addFlashAttribute("flash", "task.act.done");
            return "redirect:" + back(from, id);
        }
        try {
            tasks.act(actor, id);
            model.addAttribute("rowStatus", "task.act.done");
        } catch (ForbiddenException e) {
            model.addAttribute("rowError", e.getMessage());
        } catch (IllegalTransitionException e) {
            model.addAttribute("rowError", e.reasonKey());
        }
        if (model.containsAttribute("rowError")) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("items", java.util.List.of(queries.summary(tasks.get(actor, id).getId())));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("from", "dashboard".equals(from) ? "dashboard" : "tasks");
        return "tasks/fragments :: row";
    }

    private static String back(String from, long id) {
        return switch (from == null ? "" : from) {
            case "dashboard" -> "/dashboard";
            case "tasks" -> "/tasks";
            default -> "/tasks/" + id;
        };
    }

    @PostMapping("/tasks/{id}/comments")
    String comment(@PathVariable long id, Actor actor, @RequestParam(required = false) String body, RedirectAttributes redirect) {
        try {
            tasks.comment(actor, id, body);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("commentError", e.problems().get(0).messageKey());
            redirect.addFlashAttribute("commentBody", body);
            return "redirect:/tasks/" + id + "#comment";
        }
        redirect.addFlashAttribute("flash", "task.comment.saved");
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/tasks/{id}/start")
    String start(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        tasks.start(actor, id);
        redirect.addFlashAttribute("flash", "task.started");
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/tasks/{id}/wait")
    String waitForOthers(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        tasks.waitForOthers(actor, id);
        redirect.addFlashAttribute("flash", "task.waiting");
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/tasks/{id}/resolve")
    String resolve(@PathVariable long id, Actor actor, @RequestParam(required = false) String resolution,
                   RedirectAttributes redirect) {
        tasks.resolve(actor, id, resolution);
        redirect.addFlashAttribute("flash", "task.resolved");
        return "redirect:/tasks/" + id;
    }
}
