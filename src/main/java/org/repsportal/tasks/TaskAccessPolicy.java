package org.repsportal.tasks;

import org.repsportal.people.Actor;
import org.repsportal.platform.Decision;

/**
 * Tasks may concern people in confidence (applicants, escalations), so a task is open to its assignee,
 * its watchers, the Council and Admins only; they may comment and move it along.
 */
final class TaskAccessPolicy {

    private TaskAccessPolicy() {
    }

    static Decision mayWorkOn(Actor actor, Task task) {
        if (actor.is(task.getAssigneeId()) || task.getWatcherIds().contains(actor.personId()) || actor.isCouncilOrAdmin()) {
            return Decision.allow();
        }
        return Decision.refuse("policy.tasks.not-yours");
    }
}
