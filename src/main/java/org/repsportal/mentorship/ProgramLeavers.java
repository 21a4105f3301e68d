package org.repsportal.mentorship;

import org.repsportal.people.People;
import org.repsportal.tasks.TasksWithdrawn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What leaving the program does, whichever way a Rep leaves (the Council confirming a silent Rep as alumni, or
 * the Rep's own step-down reaching its last day): status ALUMNI, every mentorship of theirs ended with the reason
 * (their former mentees are on the orphan watch from then on), their open tasks withdrawn.
 */
@Component
class ProgramLeavers {

    private final People people;
    private final Mentorships mentorships;
    private final ApplicationEventPublisher events;

    ProgramLeavers(People people, Mentorships mentorships, ApplicationEventPublisher events) {
        this.people = people;
        this.mentorships = mentorships;
        this.events = events;
    }

    @Transactional
    void leave(long personId, String reason) {
        people.makeAlumni(personId);
        mentorships.endAllOf(personId, reason);
        events.publishEvent(new TasksWithdrawn(personId, reason));
    }
}
