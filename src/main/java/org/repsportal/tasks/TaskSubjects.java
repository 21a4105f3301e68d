package org.repsportal.tasks;

import java.util.Optional;

import org.repsportal.people.Actor;

/**
 * Implemented by a module that owns what some tasks are about (a report to verify, a check-in to plan), so that a
 * task's page links to its subject and offers its action in place without the tasks module knowing that module.
 * Each implementation answers only for the tasks it recognises by type and {@code sourceRef}, and decides through
 * its own rules what the actor may see and do.
 */
public interface TaskSubjects {

    /** What the task is about, as the actor may see it; empty when the task is not about this module's work. */
    Optional<TaskSubject> subjectOf(Actor actor, TaskType type, String sourceRef, Long subjectPersonId);

    /**
     * Does the task's work for the actor, through the owning module's own rules (which may refuse it), and returns
     * how the task was resolved; empty when the task is not this module's or has no action done in place.
     */
    default Optional<String> act(Actor actor, TaskType type, String sourceRef) {
        return Optional.empty();
    }
}
