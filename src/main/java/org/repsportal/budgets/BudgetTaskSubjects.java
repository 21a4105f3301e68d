package org.repsportal.budgets;

import java.util.Optional;

import org.repsportal.people.Actor;
import org.repsportal.tasks.TaskSubject;
import org.repsportal.tasks.TaskSubjects;
import org.repsportal.tasks.TaskType;
import org.springframework.stereotype.Component;

/** A task about a budget request (its review, its overdue receipts) links to the request, where the work is done. */
@Component
class BudgetTaskSubjects implements TaskSubjects {

    @Override
    public Optional<TaskSubject> subjectOf(Actor actor, TaskType type, String sourceRef, Long subjectPersonId) {
        if ((type != TaskType.BUDGET_REVIEW && type != TaskType.RECEIPTS_OVERDUE) || sourceRef == null
                || !sourceRef.startsWith("budget:")) {
            return Optional.empty();
        }
        String[] parts = sourceRef.split(":");
        if (parts.length < 3 || !parts[1].chars().allMatch(Character::isDigit) || parts[1].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(TaskSubject.linkTo("/budgets/" + parts[1], "task.subject.budget"));
    }
}
