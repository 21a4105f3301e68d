package org.repsportal.mentorship;

import org.repsportal.people.PersonErased;
import org.repsportal.platform.Texts;
import org.repsportal.tasks.TasksWithdrawn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a person is erased, in the erasing transaction: their mentorships end, as mentee and as mentor (their
 * former mentees are then on the orphan watch, as when a mentor moves to alumni), and their open tasks are withdrawn.
 * The history of the assignments stays, under the former member's name.
 */
@Component
class ErasedMentorships {

    private final Mentorships mentorships;
    private final ApplicationEventPublisher events;
    private final Texts texts;

    ErasedMentorships(Mentorships mentorships, ApplicationEventPublisher events, Texts texts) {
        this.mentorships = mentorships;
        this.events = events;
        this.texts = texts;
    }

    @EventListener
    void on(PersonErased erased) {
        String reason = texts.get("mentorship.erased.endReason");
        mentorships.endAllOf(erased.personId(), reason);
        events.publishEvent(new TasksWithdrawn(erased.personId(), reason));
    }
}
