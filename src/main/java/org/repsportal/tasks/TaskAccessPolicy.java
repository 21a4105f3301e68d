package org.repsportal.tasks;

import org.repsportal.people.Actor;
import org.repsportal.people.Role;
import org.repsportal.platform.Decision;

/**
 * Tasks may concern people in confidence (applicants, escalations), so a task is open to its assignee,
 * its watchers, the Council and Admins only; they may comment and move it along.
 */
final class TaskAccessPolicy {

    private TaskAccessPolicy() {
    }

    /** A person lists their own tasks; the Council and Admins may list anyone's. */
    static Decision mayList(Actor actor, long assigneeId) {
        return actor.is(assigneeId) || actor.isCouncilOrAdmin() ? Decision.allow() : Decision.refuse("policy.tasks.not-yours");
    }

    /** The Council's queue (the hub's first tab) is for the Council. */
    static Decision mayWorkTheCouncilQueue(Actor actor) {
        return actor.has(Role.COUNCIL) ? Decision.allow() : Decision.refuse("policy.tasks.council-queue");
    }

    static Decision mayWorkOn(Actor actor, Task task) {
        if (actor.is(task.getAssigneeId()) || task.getWatcherIds().contains(actor.personId()) || actor.isCouncilOrAdmin()) {
            return Decision.allow();
        }
        return Decision.refuse("policy.tasks.not-yours");
    }
}
