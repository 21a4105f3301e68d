package org.repsportal.applications;

import java.util.Optional;

import org.repsportal.people.Actor;
import org.repsportal.tasks.TaskSubject;
import org.repsportal.tasks.TaskSubjects;
import org.repsportal.tasks.TaskType;
import org.springframework.stereotype.Component;

/** A task about an application links to it: the interview to the application, the Welcome Pack to the onboarding. */
@Component
class ApplicationTaskSubjects implements TaskSubjects {

    @Override
    public Optional<TaskSubject> subjectOf(Actor actor, TaskType type, String sourceRef, Long subjectPersonId) {
        if (sourceRef == null || !sourceRef.startsWith("application:")) {
            return Optional.empty();
        }
        String[] parts = sourceRef.split(":");
        if (parts.length < 3 || parts[1].isEmpty() || !parts[1].chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return switch (parts[2]) {
            case "interview" -> Optional.of(TaskSubject.linkTo("/applications/" + parts[1], "task.subject.application"));
            case "welcome-pack", "onboarding-overdue" ->
                    Optional.of(TaskSubject.linkTo("/onboarding/" + parts[1], "task.subject.onboarding"));
            default -> Optional.empty();
        };
    }
}
