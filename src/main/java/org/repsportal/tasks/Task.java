package org.repsportal.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.repsportal.platform.IllegalTransitionException;
import org.repsportal.platform.Texts;

/**
 * A piece of work for one assignee, watched by others. Its state moves only through the transitions
 * below; a closed task does not reopen.
 */
@Entity
@Table(name = "tasks")
class Task {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tasks_seq")
    @SequenceGenerator(name = "tasks_seq", sequenceName = "tasks_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    private TaskType type;

    /** The title in the base language, as it was written; all a task opened before titles had keys has. */
    private String title;

    /** The message key and arguments of the title, for titles the portal writes (see {@link TaskTitle}). */
    private String titleKey;

    @Column(columnDefinition = "text[]")
    private String[] titleArgs;

    private Long subjectPersonId;
    private long assigneeId;

    @Enumerated(EnumType.STRING)
    private TaskPriority priority;

    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private TaskState state = TaskState.OPEN;

    private String sourceRef;
    private String resolution;
    private Long coveringForId;
    private Instant createdAt;
    private Instant closedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "task_watchers", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "person_id")
    private Set<Long> watcherIds = new LinkedHashSet<>();

    @Version
    private long version;

    protected Task() {
    }

    /** A task for the request; {@code title} is its title in the base language. */
    Task(TaskRequested request, String title, Instant now) {
        this.type = request.type();
        this.title = title;
        if (request.keyedTitle() != null) {
            this.titleKey = request.keyedTitle().key();
            this.titleArgs = request.keyedTitle().args().toArray(String[]::new);
        }
        this.subjectPersonId = request.subjectPersonId();
        this.assigneeId = request.assigneeId();
        this.priority = request.priority() == null ? TaskPriority.NORMAL : request.priority();
        this.dueOn = request.dueOn();
        this.sourceRef = request.sourceRef();
        this.createdAt = now;
        this.watcherIds.addAll(request.watcherIds());
    }

    void start() {
        requireState(TaskState.OPEN, TaskState.WAITING);
        state = TaskState.IN_PROGRESS;
    }

    void waitForOthers() {
        requireState(TaskState.OPEN, TaskState.IN_PROGRESS);
        state = TaskState.WAITING;
    }

    /** Closed by a person; only for types whose work is not tracked elsewhere. */
    void resolve(String how, Instant now) {
        if (!type.resolvableByHand()) {
            throw new IllegalTransitionException("task.transition.not-by-hand");
        }
        requireOpen();
        state = TaskState.RESOLVED;
        resolution = how;
        closedAt = now;
    }

    /** Closed because its work was done elsewhere. */
    void close(String how, Instant now) {
        requireOpen();
        state = TaskState.CLOSED;
        resolution = how;
        closedAt = now;
    }

    private void requireOpen() {
        if (!state.isOpen()) {
            throw new IllegalTransitionException("task.transition.closed");
        }
    }

    private void requireState(TaskState... allowed) {
        for (TaskState s : allowed) {
            if (state == s) {
                return;
            }
        }
        throw new IllegalTransitionException(state.isOpen() ? "task.transition.illegal" : "task.transition.closed");
    }

    /** Handed to a delegate while the assignee is away; the assignee watches it meanwhile. */
    void coverFor(long delegateId) {
        requireOpen();
        if (coveringForId != null) {
            throw new IllegalTransitionException("task.transition.covered");
        }
        coveringForId = assigneeId;
        watcherIds.add(assigneeId);
        watcherIds.remove(delegateId);
        assigneeId = delegateId;
    }

    /** Back with its assignee, who returned. */
    void handBack() {
        requireOpen();
        if (coveringForId == null) {
            throw new IllegalTransitionException("task.transition.notCovered");
        }
        assigneeId = coveringForId;
        watcherIds.remove(coveringForId);
        coveringForId = null;
    }

    public boolean isOverdueOn(LocalDate today) {
        return state.isOpen() && dueOn != null && dueOn.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public TaskType getType() {
        return type;
    }

    /** The title as stored, in the base language. */
    public String getTitle() {
        return title;
    }

    /** The title in the language of the texts (the stored one where the task has no key). */
    public String titleIn(Texts texts) {
        return TaskTitle.render(title, titleKey, titleArgs, texts);
    }

    public Long getSubjectPersonId() {
        return subjectPersonId;
    }

    public long getAssigneeId() {
        return assigneeId;
    }

    public TaskPriority getPriority() {
        return priority;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public TaskState getState() {
        return state;
    }

    public String getSourceRef() {
        return sourceRef;
    }

    public Long getCoveringForId() {
        return coveringForId;
    }

    public String getResolution() {
        return resolution;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Set<Long> getWatcherIds() {
        return Collections.unmodifiableSet(watcherIds);
    }
}
