package org.repsportal.mentorship;

import java.util.Optional;

import org.repsportal.people.Actor;
import org.repsportal.tasks.TaskSubject;
import org.repsportal.tasks.TaskSubjects;
import org.repsportal.tasks.TaskType;
import org.springframework.stereotype.Component;

/**
 * The Council's mentorship tasks lead to their work: a long mentor absence ({@code absence:<id>:interims}) to the
 * page where each mentee gets an interim mentor until the absence's last day.
 */
@Component
class MentorshipTaskSubjects implements TaskSubjects {

    @Override
    public Optional<TaskSubject> subjectOf(Actor actor, TaskType type, String sourceRef, Long subjectPersonId) {
        if (type != TaskType.REASSIGNMENT || sourceRef == null) {
            return Optional.empty();
        }
        String[] parts = sourceRef.split(":");
        if (parts.length == 3 && parts[0].equals("absence") && parts[2].equals("interims") && isId(parts[1])) {
            return Optional.of(TaskSubject.linkTo("/mentorship/absences/" + parts[1] + "/interims", "task.subject.interims"));
        }
        return Optional.empty();
    }

    private static boolean isId(String text) {
        return !text.isEmpty() && text.length() < 19 && text.chars().allMatch(Character::isDigit);
    }
}
