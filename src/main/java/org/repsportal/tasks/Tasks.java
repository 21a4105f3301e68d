package org.repsportal.tasks;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.repsportal.people.Actor;
import org.repsportal.platform.CommentText;
import org.repsportal.people.People;
import org.repsportal.people.PersonSummary;
import org.repsportal.platform.Texts;
import org.repsportal.platform.IllegalTransitionException;
import org.repsportal.platform.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tasks module's entry point: opening, moving, commenting on and closing tasks. */
@Service
@Transactional
public class Tasks {

    private static final Logger log = LoggerFactory.getLogger(Tasks.class);

    private final TaskRepository tasks;
    private final TaskEntryRepository entries;
    private final ApplicationEventPublisher events;
    private final People people;
    private final Texts texts;
    private final Clock clock;
    private final ObjectProvider<TaskSubjects> subjects;
    private final TaskQueries queries;

    Tasks(TaskRepository tasks, TaskEntryRepository entries, ApplicationEventPublisher events, People people, Texts texts,
          Clock clock, ObjectProvider<TaskSubjects> subjects, TaskQueries queries) {
        this.subjects = subjects;
        this.queries = queries;
        this.people = people;
        this.texts = texts;
        this.tasks = tasks;
        this.entries = entries;
        this.events = events;
        this.clock = clock;
    }

    /** Opens the requested task, once: a second request for the same work returns the first task. */
    public Task open(TaskRequested request) {
        if (request.sourceRef() != null) {
            Optional<Task> existing = tasks.findBySourceRef(request.sourceRef());
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        String title = request.keyedTitle() == null ? TaskTitle.shorten(request.title()) : request.keyedTitle().in(texts);
        Task task = tasks.save(new Task(request, title == null ? request.keyedTitle().key() : title, clock.instant()));
        entries.save(new TaskEntry(task.getId(), null, TaskEntry.Kind.CHANGE, "opened", clock.instant()));
        return task;
    }

    /** Closes the task of finished work, if it is still open. */
    public void workDone(TaskWorkDone done) {
        tasks.findBySourceRef(done.sourceRef()).filter(t -> t.getState().isOpen()).ifPresentOrElse(task -> {
            task.close(done.resolution(), clock.instant());
            entries.save(new TaskEntry(task.getId(), null, TaskEntry.Kind.CHANGE, "closed: " + done.resolution(), clock.instant()));
        }, () -> log.debug("No open task for {}", done.sourceRef()));
    }

    /** Whether the actor may list the tasks of the given assignee. */
    public org.repsportal.platform.Decision mayList(Actor actor, long assigneeId) {
        return TaskAccessPolicy.mayList(actor, assigneeId);
    }

    /**
     * The Council's queue, the first tab of the Council's hub and its JSON twin: the open tasks the member is given or
     * watches, soonest due first, a page at a time. For the Council only.
     */
    @Transactional(readOnly = true)
    public org.repsportal.platform.PageResult<TaskSummary> councilQueue(Actor actor, int page, int size) {
        TaskAccessPolicy.mayWorkTheCouncilQueue(actor).orForbid();
        return queries.list(new TaskFilter(null, actor.personId(), true, null), page, size);
    }

    @Transactional(readOnly = true)
    public Task get(Actor actor, long id) {
        Task task = tasks.findById(id).orElseThrow(() -> new NotFoundException("Task", id));
        if (TaskAccessPolicy.mayWorkOn(actor, task).refused()) {
            throw new NotFoundException("Task", id);
        }
        return task;
    }

    @Transactional(readOnly = true)
    public List<TaskEntry> timeline(Actor actor, long id) {
        get(actor, id);
        return entries.findTimeline(id);
    }

    /** What the task is about, as the module owning its work shows it to the actor; empty for work no module shows. */
    @Transactional(readOnly = true)
    public Optional<TaskSubject> subjectOf(Actor actor, long id) {
        return subjectOf(actor, get(actor, id));
    }

    Optional<TaskSubject> subjectOf(Actor actor, Task task) {
        return subjects.orderedStream()
                .map(s -> s.subjectOf(actor, task.getType(), task.getSourceRef(), task.getSubjectPersonId()))
                .flatMap(Optional::stream).findFirst();
    }

    /**
     * Does the open task's work in place through the module that owns it (whose rules decide whether the actor may),
     * and closes the task at once, as that module's {@link TaskWorkDone} would after the transaction.
     */
    public Task act(Actor actor, long id) {
        Task task = get(actor, id);
        if (!task.getState().isOpen()) {
            throw new IllegalTransitionException("task.transition.closed");
        }
        String how = subjects.orderedStream().map(s -> s.act(actor, task.getType(), task.getSourceRef()))
                .flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new IllegalTransitionException("task.act.none"));
        task.close(how, clock.instant());
        entries.save(new TaskEntry(id, actor.personId(), TaskEntry.Kind.CHANGE, "closed: " + how, clock.instant()));
        return task;
    }

    public Task resolve(Actor actor, long id, String how) {
        Task task = get(actor, id);
        task.resolve(how == null || how.isBlank() ? "resolved" : how.strip(), clock.instant());
        entries.save(new TaskEntry(id, actor.personId(), TaskEntry.Kind.CHANGE, "resolved: " + task.getResolution(), clock.instant()));
        return task;
    }

    public Task start(Actor actor, long id) {
        Task task = get(actor, id);
        task.start();
        entries.save(new TaskEntry(id, actor.personId(), TaskEntry.Kind.CHANGE, "in progress", clock.instant()));
        return task;
    }

    public Task waitForOthers(Actor actor, long id) {
        Task task = get(actor, id);
        task.waitForOthers();
        entries.save(new TaskEntry(id, actor.personId(), TaskEntry.Kind.CHANGE, "waiting", clock.instant()));
        return task;
    }

    /** Adds the actor's comment to the task's timeline; the assignee and watchers are mailed it. */
    public TaskEntry comment(Actor actor, long id, String body) {
        get(actor, id);
        String text = CommentText.of("body", body, "task.comment.empty", "task.comment.long");
        TaskEntry entry = entries.save(new TaskEntry(id, actor.personId(), TaskEntry.Kind.COMMENT, text, clock.instant()));
        events.publishEvent(entry.commented());
        return entry;
    }

    /**
     * While someone is away, their delegate covers the open tasks assigned to them (those opened during the
     * absence too, each time this is called); the person watches them meanwhile. Each move is in the task's
     * timeline. Returns how many tasks moved now.
     */
    public int coverWhileAway(long personId, long delegateId) {
        List<Task> open = tasks.findUncoveredAssignedTo(personId, TaskState.OPEN_STATES);
        if (open.isEmpty()) {
            return 0;
        }
        Map<Long, PersonSummary> names = people.summaries(List.of(personId, delegateId));
        String note = texts.get("task.covered", names.get(delegateId).displayName(), names.get(personId).displayName());
        for (Task task : open) {
            task.coverFor(delegateId);
            entries.save(new TaskEntry(task.getId(), null, TaskEntry.Kind.CHANGE, note, clock.instant()));
        }
        return open.size();
    }

    /** The open tasks a delegate covered go back to the person, who is back; each move in the timeline. */
    public int handBackAfterAbsence(long personId) {
        List<Task> covered = tasks.findCoveringFor(personId, TaskState.OPEN_STATES);
        if (covered.isEmpty()) {
            return 0;
        }
        String note = texts.get("task.handedBack", people.summaries(List.of(personId)).get(personId).displayName());
        for (Task task : covered) {
            task.handBack();
            entries.save(new TaskEntry(task.getId(), null, TaskEntry.Kind.CHANGE, note, clock.instant()));
        }
        return covered.size();
    }
}
