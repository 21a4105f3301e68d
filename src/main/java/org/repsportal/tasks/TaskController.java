package org.repsportal.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;

import org.repsportal.people.Actor;
import org.repsportal.people.People;
import jakarta.servlet.http.HttpServletResponse;
import org.repsportal.platform.CsvExport;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.PageResult;
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
    String list(Actor actor, @RequestParam(defaultValue = "open") String state,
                @RequestParam(required = false) TaskType type, @RequestParam(required = false) Integer page, Model model) {
        Boolean open = switch (state) {
            case "closed" -> false;
            case "all" -> null;
            default -> true;
        };
        var result = queries.list(new TaskFilter(null, actor.personId(), open, type), PageResult.clampPage(page),
                PageResult.DEFAULT_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("state", open == null ? "all" : open ? "open" : "closed");
        model.addAttribute("type", type);
        model.addAttribute("types", TaskType.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "tasks/list";
    }

    /** The list with the page's filters, every row. */
    @GetMapping("/tasks.csv")
    void export(Actor actor, @RequestParam(defaultValue = "open") String state,
                @RequestParam(required = false) TaskType type, HttpServletResponse response) {
        export(new TaskFilter(null, actor.personId(), open(state), type), queries, response);
    }

    static void export(TaskFilter filter, TaskQueries queries, HttpServletResponse response) {
        try (var csv = CsvExport.download(response, "tasks.csv", "id", "type", "title", "state", "priority", "due_on",
                "subject_id", "subject", "assignee_id", "assignee", "covering_for")) {
            queries.forEach(filter, t -> csv.row(t.id(), t.type(), t.title(), t.state(), t.priority(), t.dueOn(),
                    t.subjectPersonId(), t.subjectName(), t.assigneeId(), t.assigneeName(), t.coveringForName()));
        }
    }

    static Boolean open(String state) {
        return switch (state) {
            case "closed" -> false;
            case "all" -> null;
            default -> true;
        };
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
        return "tasks/task";
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
