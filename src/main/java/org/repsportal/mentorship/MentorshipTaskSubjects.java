package org.repsportal.mentorship;

import java.util.Optional;

import org.repsportal.people.Actor;
import org.repsportal.people.Role;
import org.repsportal.tasks.TaskSubject;
import org.repsportal.tasks.TaskSubjects;
import org.repsportal.tasks.TaskType;
import org.springframework.stereotype.Component;

/**
 * The Council's mentorship tasks lead to the pages where their work is done: a long mentor absence
 * ({@code absence:<id>:interims}) to the absence's interim mentors, a step-down ({@code stepdown:<id>}) to its
 * mentees and proposals, the mentees a step-down left at its last day ({@code stepdown:<id>:last-day}) to the
 * orphan watch, a change of mentor for the Council to decide ({@code reassignment:<id>}) to the change, and the
 * silent Reps to confirm as alumni ({@code alumni:<day>}) to the alumni watch. Those pages are the Council's, so
 * only the Council is shown the links.
 */
@Component
class MentorshipTaskSubjects implements TaskSubjects {

    @Override
    public Optional<TaskSubject> subjectOf(Actor actor, TaskType type, String sourceRef, Long subjectPersonId) {
        if (type != TaskType.REASSIGNMENT || sourceRef == null || !actor.has(Role.COUNCIL)) {
            return Optional.empty();
        }
        String[] parts = sourceRef.split(":");
        String kind = parts[0];
        if (kind.equals("alumni") && parts.length == 2) {
            return Optional.of(TaskSubject.linkTo("/mentorship/alumni", "task.subject.alumni"));
        }
        if (parts.length < 2 || !isId(parts[1])) {
            return Optional.empty();
        }
        String id = parts[1];
        if (kind.equals("absence") && parts.length == 3 && parts[2].equals("interims")) {
            return Optional.of(TaskSubject.linkTo("/mentorship/absences/" + id + "/interims", "task.subject.interims"));
        }
        if (kind.equals("stepdown") && parts.length == 2) {
            return Optional.of(TaskSubject.linkTo("/mentorship/step-downs/" + id, "task.subject.stepdown"));
        }
        if (kind.equals("stepdown") && parts.length == 3 && parts[2].equals("last-day")) {
            return Optional.of(TaskSubject.linkTo("/dashboard/orphans", "task.subject.orphans"));
        }
        if (kind.equals("reassignment") && parts.length == 2) {
            return Optional.of(TaskSubject.linkTo("/mentorship/reassignments/" + id, "task.subject.reassignment"));
        }
        return Optional.empty();
    }

    private static boolean isId(String text) {
        return !text.isEmpty() && text.length() < 19 && text.chars().allMatch(Character::isDigit);
    }
}
