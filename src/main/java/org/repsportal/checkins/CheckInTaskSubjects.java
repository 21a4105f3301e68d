package org.repsportal.checkins;

import java.util.Optional;

import org.repsportal.people.Actor;
import org.repsportal.tasks.TaskSubject;
import org.repsportal.tasks.TaskSubjects;
import org.repsportal.tasks.TaskType;
import org.springframework.stereotype.Component;

/**
 * Tasks about check-ins link to them: a check-in that is due offers "Plan a check-in" (the form with the mentee
 * chosen), a check-in offered after a change of mentor links to it (taken over or let go there), a follow-up to the
 * check-in it came from, and the Council's escalation to the mentor's overdue mentorships.
 */
@Component
class CheckInTaskSubjects implements TaskSubjects {

    @Override
    public Optional<TaskSubject> subjectOf(Actor actor, TaskType type, String sourceRef, Long subjectPersonId) {
        if (sourceRef == null) {
            return Optional.empty();
        }
        if (type == TaskType.CHECK_IN_DUE && sourceRef.startsWith("cadence-escalation:") && subjectPersonId != null) {
            return Optional.of(TaskSubject.linkTo("/council/checkins/escalations/" + subjectPersonId,
                    "task.cadenceEscalation.open"));
        }
        Optional<Long> checkIn = checkInOf(sourceRef);
        if (type == TaskType.CHECK_IN_DUE) {
            TaskSubject subject = checkIn.map(id -> TaskSubject.linkTo("/checkins/" + id, "task.subject.offer"))
                    .orElse(subjectPersonId == null ? null : TaskSubject.linkTo("/people/" + subjectPersonId, "task.subject.mentee"));
            return Optional.ofNullable(subject).map(s -> subjectPersonId == null ? s
                    : s.leadingTo("task.subject.plan", "/checkins/new?mentee=" + subjectPersonId));
        }
        if (type == TaskType.FOLLOW_UP && sourceRef.contains(":follow-up:")) {
            return checkIn.map(id -> TaskSubject.linkTo("/checkins/" + id, "task.subject.checkin"));
        }
        return Optional.empty();
    }

    /** The check-in a task's {@code checkin:<id>:…} names. */
    private static Optional<Long> checkInOf(String sourceRef) {
        String[] parts = sourceRef.split(":");
        if (parts.length < 3 || !parts[0].equals("checkin")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(parts[1]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
